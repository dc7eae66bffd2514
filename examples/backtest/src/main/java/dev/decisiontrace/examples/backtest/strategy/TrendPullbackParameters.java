package dev.decisiontrace.examples.backtest.strategy;

/**
 * The settings of {@link TrendPullbackStrategy}. Immutable; checked when built.
 *
 * @param trendPeriod EMA period of the trend filter, in bars
 * @param rsiPeriod RSI period, in bars
 * @param atrPeriod ATR period, in bars
 * @param volumePeriod window of the volume z-score, in bars
 * @param oversoldRsi RSI below which the previous bar counts as an oversold pull-back
 * @param maxAtrFraction volatility cap: no entry when ATR is above this fraction of the close
 * @param stopAtr stop-loss distance below the entry reference price, in ATRs
 * @param targetAtr take-profit distance above the entry reference price, in ATRs
 * @param trendBreakAtr exit when the close is this many ATRs below the trend EMA
 * @param maxHoldingBars exit after holding this many bars
 * @param riskFraction equity lost if the stop is hit, as a fraction of equity
 * @param maxExposure largest position value, as a fraction of equity (no leverage)
 * @param holdSampleEvery record one hold episode every this many bars without action
 */
public record TrendPullbackParameters(
    int trendPeriod,
    int rsiPeriod,
    int atrPeriod,
    int volumePeriod,
    double oversoldRsi,
    double maxAtrFraction,
    double stopAtr,
    double targetAtr,
    double trendBreakAtr,
    int maxHoldingBars,
    double riskFraction,
    double maxExposure,
    int holdSampleEvery) {

  /** One hold episode every 30 quiet bars: every five days on 4-hour bars. */
  public static final int DEFAULT_HOLD_SAMPLE_EVERY = 30;

  /**
   * @throws IllegalArgumentException naming the first parameter out of range
   */
  public TrendPullbackParameters {
    atLeast("trendPeriod", trendPeriod, 1);
    atLeast("rsiPeriod", rsiPeriod, 1);
    atLeast("atrPeriod", atrPeriod, 1);
    atLeast("volumePeriod", volumePeriod, 2);
    within("oversoldRsi", oversoldRsi, 0, 100);
    within("maxAtrFraction", maxAtrFraction, 0, 1);
    within("stopAtr", stopAtr, 0, 100);
    within("targetAtr", targetAtr, 0, 100);
    within("trendBreakAtr", trendBreakAtr, 0, 100);
    atLeast("maxHoldingBars", maxHoldingBars, 1);
    within("riskFraction", riskFraction, 0, 1);
    within("maxExposure", maxExposure, 0, 1);
    atLeast("holdSampleEvery", holdSampleEvery, 1);
  }

  /**
   * EMA(200) trend filter, RSI(14) below 35 turning up, ATR(14) under 4 % of price, stop 2 ATR, target
   * 3 ATR, trend break 1 ATR below the EMA, 30 bars at most, 1 % of equity at risk, 95 % exposure.
   */
  public static TrendPullbackParameters defaults() {
    return new TrendPullbackParameters(
        200, 14, 14, 20, 35, 0.04, 2, 3, 1, 30, 0.01, 0.95, DEFAULT_HOLD_SAMPLE_EVERY);
  }

  /** These parameters with another hold sampling rate. */
  public TrendPullbackParameters withHoldSampleEvery(int every) {
    return new TrendPullbackParameters(
        trendPeriod, rsiPeriod, atrPeriod, volumePeriod, oversoldRsi, maxAtrFraction, stopAtr, targetAtr,
        trendBreakAtr, maxHoldingBars, riskFraction, maxExposure, every);
  }

  private static void atLeast(String name, int value, int minimum) {
    if (value < minimum) {
      throw new IllegalArgumentException(name + " must be at least " + minimum + ", was " + value);
    }
  }

  private static void within(String name, double value, double low, double high) {
    if (!(value > low && value <= high)) {
      throw new IllegalArgumentException(name + " must be in (" + low + ", " + high + "], was " + value);
    }
  }
}
