package dev.decisiontrace.examples.backtest.recording;

import dev.decisiontrace.DecisionTrace;
import dev.decisiontrace.examples.backtest.sim.ClosedTrade;
import dev.decisiontrace.examples.backtest.sim.Execution;
import dev.decisiontrace.examples.backtest.sim.OrderRequest;
import dev.decisiontrace.examples.backtest.sim.TradeListener;
import dev.decisiontrace.model.Fill;
import dev.decisiontrace.model.Outcome;
import dev.decisiontrace.model.Side;
import java.time.Instant;
import java.util.Objects;

/**
 * Reports what the broker did as late outcomes of the episodes that decided it:
 *
 * <ul>
 *   <li>A closed trade becomes the outcome of its <em>entry</em> episode, found by the entry's order id
 *       ({@link DecisionTrace#outcomeForOrder}): both fills, realised P&amp;L after fees, return on the
 *       entry's notional, holding period, excursions in price units, and the exit reason.
 *   <li>When the strategy decided the exit, the exit episode, found by its id
 *       ({@link DecisionTrace#outcomeForEpisode}), gets its own fill; the trade's P&amp;L stays with the
 *       entry, so that summing outcomes counts each trade once. That fill is then in two records,
 *       so summing fills across records counts it twice.
 *   <li>An order cancelled because the data ended gets an outcome with exit reason {@code cancelled},
 *       so that no decided order is left without one.
 * </ul>
 *
 * <p>Called on the backtest thread; never throws, as the SDK's calls never do.
 */
public final class TradeOutcomes implements TradeListener {

  static final String CANCELLED = "cancelled";

  private final DecisionTrace trace;

  public TradeOutcomes(DecisionTrace trace) {
    this.trace = Objects.requireNonNull(trace, "trace");
  }

  @Override
  public void tradeClosed(ClosedTrade trade) {
    Instant closedAt = trade.exit().time();
    trace.outcomeForOrder(trade.entry().orderId())
        .fill(fill(trade.entry()))
        .fill(fill(trade.exit()))
        .outcome(
            new Outcome(
                trade.realizedPnl(),
                trade.returnFraction(),
                trade.holdingPeriod(),
                trade.position().maxAdverseExcursion(),
                trade.position().maxFavourableExcursion(),
                trade.reason().wireName()))
        .closedAt(closedAt)
        .record();
    trade.decidedExit()
        .ifPresent(exit -> trace.outcomeForEpisode(exit.episodeId()).fill(fill(trade.exit())).closedAt(closedAt).record());
  }

  @Override
  public void orderCancelled(OrderRequest order, Instant at) {
    trace.outcomeForOrder(order.orderId())
        .outcome(new Outcome(0.0, 0.0, null, null, null, CANCELLED))
        .closedAt(at)
        .record();
  }

  private static Fill fill(Execution execution) {
    Side side = execution.quantity() >= 0 ? Side.BUY : Side.SELL;
    return new Fill(
        execution.time(), side, Math.abs(execution.quantity()), execution.price(), execution.fee(), execution.orderId());
  }
}
