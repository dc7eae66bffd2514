package dev.decisiontrace.examples.backtest;

import dev.decisiontrace.examples.backtest.data.Bar;
import java.time.Duration;
import java.time.Instant;

/** Hand-made 4-hour bars for tests: bar {@code n} starts {@code 4n} hours after the epoch. */
public final class Bars {

  public static final Duration INTERVAL = Duration.ofHours(4);

  private Bars() {}

  public static Instant start(int n) {
    return Instant.EPOCH.plus(INTERVAL.multipliedBy(n));
  }

  public static Bar bar(int n, double open, double high, double low, double close) {
    return new Bar(start(n), open, high, low, close, 1_000);
  }

  /** A bar that opens, trades and closes at one price. */
  public static Bar flat(int n, double price) {
    return bar(n, price, price, price, price);
  }
}
