package dev.decisiontrace.examples.backtest.sim;

import java.time.Instant;

/**
 * Hears what the {@link SimulatedBroker} did with the strategy's orders. Called on the thread driving
 * the backtest, in the order things happened; implementations must not throw.
 */
public interface TradeListener {

  /** A position was closed, by the strategy, its bracket, or the end of the data. */
  void tradeClosed(ClosedTrade trade);

  /** An order could not fill because the data ended first. */
  void orderCancelled(OrderRequest order, Instant at);
}
