package dev.decisiontrace.examples.backtest.strategy;

/**
 * The entry rules, each true or false at one close.
 *
 * @param uptrend the close is above the trend EMA
 * @param wasOversold the previous RSI was below the oversold level
 * @param turningUp the RSI rose at this close
 * @param calmEnough ATR is within the volatility cap
 */
public record EntryCheck(boolean uptrend, boolean wasOversold, boolean turningUp, boolean calmEnough) {

  /** A pull-back in an uptrend that is turning: the pattern the strategy trades. */
  public boolean isSetup() {
    return uptrend && wasOversold && turningUp;
  }

  /** A setup in a market calm enough to take it. */
  public boolean isEntry() {
    return isSetup() && calmEnough;
  }
}
