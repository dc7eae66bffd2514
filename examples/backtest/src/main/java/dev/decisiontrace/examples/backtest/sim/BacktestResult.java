package dev.decisiontrace.examples.backtest.sim;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * What a backtest produced.
 *
 * @param bars bars played
 * @param trades round trips, oldest first
 * @param cancelledOrders orders left unfilled when the data ended
 * @param startingEquity equity before the first bar
 * @param finalEquity equity after the last bar, all positions closed
 */
public record BacktestResult(
    int bars, List<ClosedTrade> trades, int cancelledOrders, double startingEquity, double finalEquity) {

  public BacktestResult {
    trades = List.copyOf(trades);
  }

  /** Winning trades as a fraction of all trades; empty without trades, where no rate means anything. */
  public OptionalDouble winRate() {
    return trades.isEmpty()
        ? OptionalDouble.empty()
        : OptionalDouble.of((double) trades.stream().filter(ClosedTrade::isWin).count() / trades.size());
  }

  /** Change in equity as a fraction of the starting equity. */
  public double totalReturn() {
    return finalEquity / startingEquity - 1;
  }

  /** Fees paid on every fill. */
  public double feesPaid() {
    return trades.stream().mapToDouble(trade -> trade.entry().fee() + trade.exit().fee()).sum();
  }

  /** Trades by why they closed; every reason present. */
  public Map<ExitReason, Long> tradesByExitReason() {
    Map<ExitReason, Long> counts = new EnumMap<>(ExitReason.class);
    for (ExitReason reason : ExitReason.values()) {
      counts.put(reason, 0L);
    }
    trades.forEach(trade -> counts.merge(trade.reason(), 1L, Long::sum));
    return counts;
  }
}
