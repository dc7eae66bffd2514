package dev.decisiontrace.examples.backtest.strategy;

import dev.decisiontrace.examples.backtest.data.Bar;
import java.time.Instant;

/**
 * The indicators at one bar's close: everything the strategy's rules look at.
 *
 * @param bar the bar that closed
 * @param closedAt when it closed
 * @param trendEma the trend EMA
 * @param rsi the RSI now
 * @param previousRsi the RSI at the previous close
 * @param atr the ATR, in price units
 * @param volumeZScore the bar's volume against its recent window, in standard deviations
 */
public record MarketReading(
    Bar bar, Instant closedAt, double trendEma, double rsi, double previousRsi, double atr, double volumeZScore) {

  public double close() {
    return bar.close();
  }

  /** How far the close is above (positive) or below the trend EMA, as a fraction of the EMA. */
  public double trendDistance() {
    return close() / trendEma - 1;
  }

  /** ATR as a fraction of the close. */
  public double atrFraction() {
    return atr / close();
  }

  public boolean isUptrend() {
    return close() > trendEma;
  }
}
