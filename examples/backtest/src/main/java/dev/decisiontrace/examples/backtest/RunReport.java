package dev.decisiontrace.examples.backtest;

import dev.decisiontrace.examples.backtest.data.LoadReport;
import dev.decisiontrace.examples.backtest.sim.BacktestResult;
import dev.decisiontrace.examples.backtest.strategy.TrendPullbackParameters;
import dev.decisiontrace.metrics.MetricsSnapshot;
import dev.decisiontrace.model.Side;
import java.time.Duration;
import java.util.Map;

/**
 * What one {@link BacktestRun} did.
 *
 * @param instrument the instrument traded
 * @param parameters the strategy's parameters
 * @param data how the market data was read
 * @param decisions episodes recorded, by the side of their action
 * @param warmUpBars bars spent warming the indicators up, on which nothing was decided
 * @param result the trades and the equity
 * @param metrics the SDK's counters after it closed
 * @param exportedInTime whether the SDK exported everything within its close timeout
 * @param output where the records went
 * @param elapsed wall-clock time of the whole run, loading and closing included
 */
public record RunReport(
    String instrument,
    TrendPullbackParameters parameters,
    LoadReport data,
    Map<Side, Integer> decisions,
    int warmUpBars,
    BacktestResult result,
    MetricsSnapshot metrics,
    boolean exportedInTime,
    EpisodeOutput output,
    Duration elapsed) {

  public RunReport {
    decisions = Map.copyOf(decisions);
  }

  /** Episodes recorded, whatever their action. */
  public int episodes() {
    return decisions.values().stream().mapToInt(Integer::intValue).sum();
  }
}
