package dev.decisiontrace.examples.backtest.sim;

import java.time.Duration;
import java.util.Optional;

/**
 * A round trip: the position as it stood when it closed, the exit fill, and why.
 *
 * @param position the position, with its excursions measured up to the exit
 * @param exit the exit fill
 * @param reason why it closed
 * @param exitOrder the strategy's exit order, or {@code null} when the bracket or the end of data closed it
 */
public record ClosedTrade(Position position, Execution exit, ExitReason reason, OrderRequest.Exit exitOrder) {

  /** The strategy's exit order, when the strategy decided the exit. */
  public Optional<OrderRequest.Exit> decidedExit() {
    return Optional.ofNullable(exitOrder);
  }

  public Execution entry() {
    return position.entry();
  }

  /** Profit or loss after both fees, in account currency. */
  public double realizedPnl() {
    return (exit.price() - entry().price()) * position.quantity() - entry().fee() - exit.fee();
  }

  /** {@link #realizedPnl()} as a fraction of the entry's notional value. */
  public double returnFraction() {
    return realizedPnl() / entry().notional();
  }

  /** From the entry fill to the exit fill. */
  public Duration holdingPeriod() {
    return Duration.between(entry().time(), exit.time());
  }

  public boolean isWin() {
    return realizedPnl() > 0;
  }
}
