package dev.decisiontrace.examples.backtest.recording;

import static dev.decisiontrace.examples.backtest.Bars.start;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.decisiontrace.DecisionTrace;
import dev.decisiontrace.examples.backtest.CapturingExporter;
import dev.decisiontrace.examples.backtest.sim.OrderRequest;
import dev.decisiontrace.model.Action;
import dev.decisiontrace.model.Outcome;
import dev.decisiontrace.model.OutcomeRecord;
import dev.decisiontrace.model.Side;
import java.util.List;
import org.junit.jupiter.api.Test;

class TradeOutcomesTest {

  @Test
  void anOrderCancelledAtTheEndOfDataClosesItsEpisodeWithACancelledOutcome() {
    CapturingExporter exporter = new CapturingExporter();
    String episodeId;
    try (DecisionTrace trace = DecisionTrace.builder().exporter(exporter).shutdownHook(false).build()) {
      try (var episode = trace.episode("trend-pullback").open()) {
        episode.action(Action.market(Side.BUY, 1, "bt-000007"), start(1));
        episodeId = episode.id();
      }
      new TradeOutcomes(trace)
          .orderCancelled(new OrderRequest.Entry("bt-000007", episodeId, start(1), 1, 90, 120), start(1));
    }

    OutcomeRecord outcome = exporter.outcomes().get(0);
    assertEquals(episodeId, outcome.episodeId());
    assertEquals(List.of(), outcome.fills());
    assertEquals(new Outcome(0.0, 0.0, null, null, null, "cancelled"), outcome.outcome());
    assertEquals(start(1), outcome.closedAt());
  }
}
