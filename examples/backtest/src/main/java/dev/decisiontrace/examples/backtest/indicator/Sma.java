package dev.decisiontrace.examples.backtest.indicator;

/**
 * Simple moving average of the last {@code period} values, updated one value at a time.
 *
 * <p>Not thread-safe: feed it from one thread.
 */
public final class Sma {

  private final double[] window;
  private int count;
  private double sum;

  /** @throws IllegalArgumentException if {@code period} is below 1 */
  public Sma(int period) {
    this.window = new double[Periods.require(period, 1)];
  }

  /** Adds {@code value} and returns the average, or {@code NaN} until {@code period} values were added. */
  public double update(double value) {
    int slot = count % window.length;
    if (count >= window.length) {
      sum -= window[slot];
    }
    window[slot] = value;
    sum += value;
    count++;
    return value();
  }

  /** Whether {@code period} values were added. */
  public boolean isReady() {
    return count >= window.length;
  }

  /** The average of the last {@code period} values, or {@code NaN} before then. */
  public double value() {
    return isReady() ? sum / window.length : Double.NaN;
  }
}
