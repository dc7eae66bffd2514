package dev.decisiontrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.decisiontrace.model.Action;
import dev.decisiontrace.model.Alternative;
import dev.decisiontrace.model.Counterfactual;
import dev.decisiontrace.model.Direction;
import dev.decisiontrace.model.ExitPlan;
import dev.decisiontrace.model.Feedback;
import dev.decisiontrace.model.Fill;
import dev.decisiontrace.model.MarketSnapshot;
import dev.decisiontrace.model.OrderType;
import dev.decisiontrace.model.Outcome;
import dev.decisiontrace.model.PortfolioState;
import dev.decisiontrace.model.RiskBudget;
import dev.decisiontrace.model.Side;
import dev.decisiontrace.model.Step;
import dev.decisiontrace.model.Thesis;
import dev.decisiontrace.model.TradingMode;
import dev.decisiontrace.wire.SchemaValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of record the SDK writes, through the real file exporter, including records repaired
 * from bad input, is valid against the JSON Schema shipped in sdk-core.
 */
class WrittenRecordsMatchSchemaTest {

  @TempDir Path dir;

  @Test
  void everyLineTheSdkWritesValidatesAgainstTheShippedSchema() throws Exception {
    Path file = dir.resolve("episodes.jsonl");
    DecisionTrace trace =
        DecisionTrace.builder()
            .filePath(file)
            .shutdownHook(false)
            .set("decisiontrace.limits.max-signals", "3")
            .set("decisiontrace.limits.max-string-length", "32")
            .build();
    Instant bar = Instant.parse("2020-03-12T00:00:00Z");

    try (Episode full =
        trace.episode("schema").version("1").instrument("BTC-USD").mode(TradingMode.BACKTEST).openedAt(bar).tag("t").open()) {
      full.market(new MarketSnapshot(5_000.0, 4_999.0, 5_001.0, 10.0, List.of("crash")))
          .portfolio(new PortfolioState(1.0, 1.0, 0.0, 0.0))
          .thesis(new Thesis("capitulation", Direction.LONG, 0.4, Duration.ofDays(2), "new low"))
          .signal("rsi", 12.0)
          .signal("nan", Double.NaN)
          .signal("note", "x".repeat(100))
          .signal("panic", true)
          .signal("fourth", 4.0)
          .alternative(Alternative.of("short", "late"))
          .riskBudget(new RiskBudget(100.0, 1.0, 1.0, Double.POSITIVE_INFINITY))
          .exitPlan(new ExitPlan(6_000.0, 4_500.0, "none", Duration.ofDays(5)))
          .attribute("map", Map.of("k", List.of(1, 2)))
          .attribute("throws", new Object() {
            @Override
            public String toString() {
              throw new IllegalStateException();
            }
          })
          .counterfactual(new Counterfactual("size x2", Map.of("quantity", 2), 10.0, 0.1, "target"))
          .step(new Step("given", Map.of("a", 1), "b", "c", bar, Duration.ofMillis(3)))
          .action(new Action(null, 1.0, null, null, "no-side"))
          .action(new Action(Side.BUY, 1.0, OrderType.LIMIT, 5_001.0, "o-1"), bar);
      try (StepScope step = full.step("timed")) {
        step.input("x", 1.0).input("y", "z").output(List.of("a")).reasoning("because");
      }
    }
    try (Episode hold = trace.openEpisode("schema", null)) {
      hold.action(Action.hold());
    }
    trace.openEpisode("schema", null).abandon("gap");
    trace.outcomeForOrder("o-1")
        .fill(new Fill(bar, Side.BUY, 1, 5_001, 0.5, "o-1"))
        .fill(new Fill(bar.plusSeconds(3600), Side.SELL, 1, Double.NaN, null, "o-2"))
        .fill(new Fill(null, null, 1, 1, null, null))
        .counterfactual(new Counterfactual(" ", null, null, null, null))
        .outcome(new Outcome(99.0, 0.02, Duration.ofHours(1), 10.0, 120.0, "target"))
        .counterfactual(new Counterfactual("no stop", null, 5.0, null, null))
        .record();
    trace.outcomeForOrder("unknown-order").outcome(new Outcome(null, null, null, null, null, "stop")).record();
    trace.recordFeedback("some-episode", new Feedback("rater", 1, "-1..1", "timed", List.of("good"), "ok"));
    trace.recordFeedback("some-episode", new Feedback("rater", Double.NaN, "-1..1", null, null, null));
    trace.recordFeedback("some-episode", new Feedback(" ", 1, "-1..1", null, null, null));
    assertTrue(trace.close(Duration.ofSeconds(10)));

    List<String> lines = Files.readAllLines(file);
    assertEquals(7, lines.size());
    for (String line : lines) {
      SchemaValidator.records().assertValid(line);
    }
    assertTrue(lines.get(0).contains("\"kind\":\"limit_exceeded\""), lines.get(0));
    assertTrue(lines.get(0).contains("\"kind\":\"unserializable\""), lines.get(0));
    assertTrue(lines.get(0).contains("{\"name\":\"nan\",\"value\":null}"), lines.get(0));
  }
}
