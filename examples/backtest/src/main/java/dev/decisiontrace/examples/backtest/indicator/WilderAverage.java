package dev.decisiontrace.examples.backtest.indicator;

/**
 * Wilder's smoothing: the simple average of the first {@code period} values, then
 * {@code (previous * (period - 1) + value) / period}. The basis of RSI and ATR.
 */
final class WilderAverage {

  private final int period;
  private int count;
  private double value;

  WilderAverage(int period) {
    this.period = period;
  }

  void update(double next) {
    count++;
    if (count <= period) {
      value += (next - value) / count;
    } else {
      value = (value * (period - 1) + next) / period;
    }
  }

  boolean isReady() {
    return count >= period;
  }

  double value() {
    return isReady() ? value : Double.NaN;
  }
}
