package dev.decisiontrace.examples.backtest.sim;

import dev.decisiontrace.examples.backtest.data.Bar;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Replays bars through a {@link SimulatedBroker} and a {@link Strategy}: for each bar, the broker plays
 * it first (fills at its open, bracket inside it), then the strategy decides at its close and may
 * place an order for the next bar. A bar's close time is its start plus the bar interval.
 */
public final class Backtest {

  private final SimulatedBroker broker;
  private final Strategy strategy;
  private final Duration barInterval;

  /**
   * @throws IllegalArgumentException if {@code barInterval} is not positive
   */
  public Backtest(SimulatedBroker broker, Strategy strategy, Duration barInterval) {
    this.broker = Objects.requireNonNull(broker, "broker");
    this.strategy = Objects.requireNonNull(strategy, "strategy");
    if (barInterval.isNegative() || barInterval.isZero()) {
      throw new IllegalArgumentException("barInterval must be positive, was " + barInterval);
    }
    this.barInterval = barInterval;
  }

  /**
   * Plays every bar, then closes what is still open at the last close.
   *
   * @param bars in time order
   * @throws IllegalArgumentException if {@code bars} is empty
   */
  public BacktestResult run(List<Bar> bars) {
    if (bars.isEmpty()) {
      throw new IllegalArgumentException("no bars to play");
    }
    double startingEquity = broker.account().cash();
    for (Bar bar : bars) {
      broker.onBar(bar);
      strategy.onBarClose(bar, closeOf(bar), broker.account()).ifPresent(broker::submit);
    }
    Bar last = bars.get(bars.size() - 1);
    broker.finish(last, closeOf(last));
    return new BacktestResult(
        bars.size(), broker.closedTrades(), broker.cancelledOrders(), startingEquity, broker.account().cash());
  }

  private Instant closeOf(Bar bar) {
    return bar.time().plus(barInterval);
  }
}
