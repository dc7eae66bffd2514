package dev.decisiontrace.examples.backtest.indicator;

/**
 * Average True Range with Wilder's smoothing. The true range is the largest of {@code high - low},
 * {@code |high - previous close|} and {@code |low - previous close|}; the first bar, with no previous
 * close, counts {@code high - low}. Ready after {@code period} bars.
 *
 * <p>Not thread-safe: feed it from one thread.
 */
public final class Atr {

  private final WilderAverage trueRanges;
  private double previousClose = Double.NaN;

  /** @throws IllegalArgumentException if {@code period} is below 1 */
  public Atr(int period) {
    this.trueRanges = new WilderAverage(Periods.require(period, 1));
  }

  /** Adds a bar and returns the ATR, or {@code NaN} until {@code period} bars were added. */
  public double update(double high, double low, double close) {
    double range = high - low;
    if (!Double.isNaN(previousClose)) {
      range = Math.max(range, Math.max(Math.abs(high - previousClose), Math.abs(low - previousClose)));
    }
    trueRanges.update(range);
    previousClose = close;
    return value();
  }

  /** Whether {@code period} bars were added. */
  public boolean isReady() {
    return trueRanges.isReady();
  }

  /** The current ATR in price units, or {@code NaN} before it is ready. */
  public double value() {
    return trueRanges.value();
  }
}
