package dev.decisiontrace.examples.backtest.indicator;

/**
 * Exponential moving average with smoothing {@code 2 / (period + 1)}, seeded with the simple average
 * of the first {@code period} values (the usual convention, so that the first value is not
 * over-weighted).
 *
 * <p>Not thread-safe: feed it from one thread.
 */
public final class Ema {

  private final Sma seed;
  private final double alpha;
  private double value = Double.NaN;

  /** @throws IllegalArgumentException if {@code period} is below 1 */
  public Ema(int period) {
    this.seed = new Sma(Periods.require(period, 1));
    this.alpha = 2.0 / (period + 1);
  }

  /** Adds {@code next} and returns the average, or {@code NaN} until {@code period} values were added. */
  public double update(double next) {
    if (Double.isNaN(value)) {
      value = seed.update(next);
    } else {
      value += alpha * (next - value);
    }
    return value;
  }

  /** Whether {@code period} values were added. */
  public boolean isReady() {
    return !Double.isNaN(value);
  }

  /** The current average, or {@code NaN} before it is ready. */
  public double value() {
    return value;
  }
}
