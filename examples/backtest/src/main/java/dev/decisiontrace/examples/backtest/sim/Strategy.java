package dev.decisiontrace.examples.backtest.sim;

import dev.decisiontrace.examples.backtest.data.Bar;
import java.time.Instant;
import java.util.Optional;

/** Decides, at each bar's close, whether to place an order. Called by {@link Backtest} on one thread. */
public interface Strategy {

  /**
   * Looks at the bar that just closed and the account, and returns the order to place, if any.
   *
   * @param bar the bar that closed; the strategy has seen every earlier bar, and no later one
   * @param closedAt when it closed: the decision time
   * @param account the account after the broker played this bar
   */
  Optional<OrderRequest> onBarClose(Bar bar, Instant closedAt, Account account);
}
