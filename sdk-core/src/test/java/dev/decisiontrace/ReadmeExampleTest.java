package dev.decisiontrace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.decisiontrace.model.Action;
import dev.decisiontrace.model.Direction;
import dev.decisiontrace.model.ExitPlan;
import dev.decisiontrace.model.Fill;
import dev.decisiontrace.model.MarketSnapshot;
import dev.decisiontrace.model.Outcome;
import dev.decisiontrace.model.RiskBudget;
import dev.decisiontrace.model.Side;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's "Recording a decision" snippet, verbatim but for the file's location, does what it says. */
class ReadmeExampleTest {

  @TempDir Path dir;

  @Test
  void theReadmeSnippetWritesTheDecisionAndItsLateOutcome() throws Exception {
    Instant exitTime = Instant.parse("2025-01-08T04:00:00Z");
    DecisionTrace trace = DecisionTrace.builder()
        .filePath(dir.resolve("episodes.jsonl"))
        .build();

    try (Episode episode = trace.episode("trend-pullback").version("1.0").instrument("BTC-USD").open()) {
      episode.market(MarketSnapshot.ofPrice(65_000))
          .thesis("Pull-back in an uptrend", Direction.LONG, 0.7)
          .signal("rsi14", 28.5)
          .signal("aboveEma200", true)
          .alternative("buy full size", "ATR above the volatility cap")
          .riskBudget(new RiskBudget(1_000.0, 0.5, 1.0, 1_300.0))
          .exitPlan(new ExitPlan(67_600.0, 63_700.0, null, Duration.ofDays(3)));
      try (StepScope sizing = episode.step("sizing")) {
        sizing.input("atr", 1_300.0).output(0.25).reasoning("1% of equity over a 2 ATR stop");
      }
      episode.action(Action.market(Side.BUY, 0.25, "ord-1"));
    }

    trace.outcomeForOrder("ord-1")
        .fill(new Fill(exitTime, Side.SELL, 0.25, 67_600, 1.2, "ord-1-exit"))
        .outcome(new Outcome(648.8, 0.04, Duration.ofHours(40), 410.0, 2_650.0, "target"))
        .record();

    trace.close();

    List<String> lines = Files.readAllLines(dir.resolve("episodes.jsonl"));
    assertEquals(2, lines.size());
    String episodeId = lines.get(0).replaceAll(".*\"episodeId\":\"([^\"]+)\".*", "$1");
    assertEquals(true, lines.get(1).contains("\"type\":\"outcome\",\"recordId\""), lines.get(1));
    assertEquals(true, lines.get(1).contains("\"episodeId\":\"" + episodeId + "\""), lines.get(1));
  }
}
