package dev.decisiontrace.examples.backtest.indicator;

/**
 * How many standard deviations the latest value lies from the mean of the last {@code period} values
 * (the latest included; population standard deviation). Zero when the window is flat. Used for
 * volume: a z-score of 2 is an unusually busy bar.
 *
 * <p>Not thread-safe: feed it from one thread.
 */
public final class ZScore {

  private final double[] window;
  private int count;
  private double value = Double.NaN;

  /** @throws IllegalArgumentException if {@code period} is below 2 */
  public ZScore(int period) {
    this.window = new double[Periods.require(period, 2)];
  }

  /** Adds {@code next} and returns its z-score, or {@code NaN} until {@code period} values were added. */
  public double update(double next) {
    window[count % window.length] = next;
    count++;
    if (count < window.length) {
      return value;
    }
    // Two passes over a short window: exact, where running sums of squares of large volumes are not.
    double mean = 0;
    for (double v : window) {
      mean += v;
    }
    mean /= window.length;
    double squares = 0;
    for (double v : window) {
      squares += (v - mean) * (v - mean);
    }
    double deviation = Math.sqrt(squares / window.length);
    value = deviation == 0 ? 0 : (next - mean) / deviation;
    return value;
  }

  /** Whether {@code period} values were added. */
  public boolean isReady() {
    return count >= window.length;
  }

  /** The latest z-score, or {@code NaN} before it is ready. */
  public double value() {
    return value;
  }
}
