package dev.decisiontrace.examples.backtest.indicator;

/** Argument checks shared by the indicators. */
final class Periods {

  private Periods() {}

  static int require(int period, int minimum) {
    if (period < minimum) {
      throw new IllegalArgumentException("period must be at least " + minimum + ", was " + period);
    }
    return period;
  }
}
