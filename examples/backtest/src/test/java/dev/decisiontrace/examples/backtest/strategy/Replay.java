package dev.decisiontrace.examples.backtest.strategy;

import dev.decisiontrace.DecisionTrace;
import dev.decisiontrace.examples.backtest.Bars;
import dev.decisiontrace.examples.backtest.CapturingExporter;
import dev.decisiontrace.examples.backtest.data.Bar;
import dev.decisiontrace.examples.backtest.recording.TradeOutcomes;
import dev.decisiontrace.examples.backtest.sim.Backtest;
import dev.decisiontrace.examples.backtest.sim.BacktestResult;
import dev.decisiontrace.examples.backtest.sim.OrderIds;
import dev.decisiontrace.examples.backtest.sim.SimulatedBroker;
import dev.decisiontrace.model.EpisodeRecord;
import dev.decisiontrace.model.OutcomeRecord;
import dev.decisiontrace.model.Side;
import java.util.ArrayList;
import java.util.List;

/**
 * A backtest of {@link TrendPullbackStrategy} over hand-made bars, recorded by the real SDK into memory,
 * and the bars it is built from.
 */
record Replay(BacktestResult result, List<EpisodeRecord> episodes, List<OutcomeRecord> outcomes) {

  /** Short periods, so that a few hand-made bars warm the indicators up; no hold sampling. */
  static final TrendPullbackParameters SMALL =
      new TrendPullbackParameters(5, 3, 3, 3, 35, 0.10, 1, 2, 1, 3, 0.01, 0.95, 1_000);

  /** Index of the bar whose close completes the pull-back setup in {@link #uptrendWithPullback()}. */
  static final int SETUP_BAR = 13;

  /**
   * Closes rise by 2 from 100 to 120, fall to 116 and 112 (RSI(3) 28.6, below 35), then turn up to 115,
   * above EMA(5) 114.78, with ATR(3) 4.07: a long setup at the close of bar 13. Each bar opens at the
   * previous close and trades 0.5 beyond its open and close.
   */
  static List<Bar> uptrendWithPullback() {
    List<Bar> bars = new ArrayList<>();
    double previous = 100;
    double[] closes = {100, 102, 104, 106, 108, 110, 112, 114, 116, 118, 120, 116, 112, 115};
    for (double close : closes) {
      bars.add(Bars.bar(bars.size(), previous, Math.max(previous, close) + 0.5, Math.min(previous, close) - 0.5, close));
      previous = close;
    }
    return bars;
  }

  static Replay run(TrendPullbackParameters parameters, List<Bar> bars) {
    CapturingExporter exporter = new CapturingExporter();
    DecisionTrace trace = DecisionTrace.builder().exporter(exporter).shutdownHook(false).build();
    BacktestResult result;
    try {
      TrendPullbackStrategy strategy =
          new TrendPullbackStrategy(trace, "TEST", parameters, Bars.INTERVAL, new OrderIds());
      SimulatedBroker broker = new SimulatedBroker(100_000, 10, new TradeOutcomes(trace));
      result = new Backtest(broker, strategy, Bars.INTERVAL).run(bars);
    } finally {
      trace.close();
    }
    return new Replay(result, exporter.episodes(), exporter.outcomes());
  }

  List<EpisodeRecord> episodesWith(Side side) {
    return episodes.stream().filter(episode -> episode.action().side() == side).toList();
  }

  EpisodeRecord onlyEpisodeWith(Side side) {
    List<EpisodeRecord> matching = episodesWith(side);
    if (matching.size() != 1) {
      throw new AssertionError("expected one " + side + " episode, got " + matching);
    }
    return matching.get(0);
  }

  OutcomeRecord outcomeOf(EpisodeRecord episode) {
    return outcomes.stream()
        .filter(outcome -> episode.episodeId().equals(outcome.episodeId()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no outcome for " + episode.episodeId() + " in " + outcomes));
  }
}
