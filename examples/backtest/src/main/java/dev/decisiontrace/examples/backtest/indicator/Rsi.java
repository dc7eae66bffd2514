package dev.decisiontrace.examples.backtest.indicator;

/**
 * Relative Strength Index with Wilder's smoothing: {@code 100 - 100 / (1 + avgGain / avgLoss)} over
 * close-to-close changes. Ready after {@code period + 1} closes. With no losses it is 100; on a flat
 * market (no gains, no losses) it is 50.
 *
 * <p>Not thread-safe: feed it from one thread.
 */
public final class Rsi {

  private final WilderAverage gains;
  private final WilderAverage losses;
  private double previousClose = Double.NaN;

  /** @throws IllegalArgumentException if {@code period} is below 1 */
  public Rsi(int period) {
    Periods.require(period, 1);
    this.gains = new WilderAverage(period);
    this.losses = new WilderAverage(period);
  }

  /** Adds a close and returns the RSI, or {@code NaN} until {@code period + 1} closes were added. */
  public double update(double close) {
    if (!Double.isNaN(previousClose)) {
      double change = close - previousClose;
      gains.update(Math.max(change, 0));
      losses.update(Math.max(-change, 0));
    }
    previousClose = close;
    return value();
  }

  /** Whether {@code period + 1} closes were added. */
  public boolean isReady() {
    return gains.isReady();
  }

  /** The current RSI from 0 to 100, or {@code NaN} before it is ready. */
  public double value() {
    if (!isReady()) {
      return Double.NaN;
    }
    double averageLoss = losses.value();
    double averageGain = gains.value();
    if (averageLoss == 0) {
      return averageGain == 0 ? 50 : 100;
    }
    return 100 - 100 / (1 + averageGain / averageLoss);
  }
}
