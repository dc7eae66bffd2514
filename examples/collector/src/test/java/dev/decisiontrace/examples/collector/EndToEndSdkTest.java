package dev.decisiontrace.examples.collector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.decisiontrace.DecisionTrace;
import dev.decisiontrace.Episode;
import dev.decisiontrace.StepScope;
import dev.decisiontrace.examples.collector.support.TestCollector;
import dev.decisiontrace.metrics.DropReason;
import dev.decisiontrace.model.Action;
import dev.decisiontrace.model.Direction;
import dev.decisiontrace.model.Feedback;
import dev.decisiontrace.model.Fill;
import dev.decisiontrace.model.MarketSnapshot;
import dev.decisiontrace.model.Outcome;
import dev.decisiontrace.model.RiskBudget;
import dev.decisiontrace.model.Side;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real SDK records episodes and ships them to a real collector over HTTP; a second SDK instance,
 * as after a restart of the trading process, reports a late outcome by order id alone, which the
 * collector links to its episode.
 */
class EndToEndSdkTest {

  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final Instant EXIT = Instant.parse("2025-01-08T04:00:00Z");

  @TempDir Path dir;
  private TestCollector collector;

  @BeforeEach
  void start() throws Exception {
    collector = TestCollector.start(dir.resolve("collector.db"));
  }

  @AfterEach
  void stop() {
    collector.close();
  }

  private DecisionTrace trace() {
    return DecisionTrace.builder()
        .set("decisiontrace.exporter", "http")
        .set("decisiontrace.http.endpoint", collector.uri("/v1/records").toString())
        .set("decisiontrace.http.token", TestCollector.TOKEN)
        .set("decisiontrace.spool.dir", dir.resolve("spool").toString())
        .shutdownHook(false)
        .build();
  }

  private static String decideEntry(DecisionTrace trace, String orderId, double rsi) {
    try (Episode episode = trace.episode("trend-pullback").version("1.0").instrument("BTC-USD").open()) {
      episode
          .market(MarketSnapshot.ofPrice(65_000))
          .thesis("Pull-back in an uptrend", Direction.LONG, 0.7)
          .signal("rsi14", rsi)
          .signal("aboveEma200", true)
          .alternative("buy full size", "ATR above the volatility cap")
          .riskBudget(new RiskBudget(1_000.0, 0.5, 1.0, 1_300.0));
      try (StepScope sizing = episode.step("sizing")) {
        sizing.input("atr", 1_300.0).output(0.25).reasoning("1% of equity over a 2 ATR stop");
      }
      episode.action(Action.market(Side.BUY, 0.25, orderId));
      return episode.id();
    }
  }

  @Test
  void episodesRecordedWithTheSdkAreServedMergedWithTheirLateOutcomesAndFeedback() {
    DecisionTrace trading = trace();
    String entry = decideEntry(trading, "ord-1", 28.5);
    String other = decideEntry(trading, "ord-2", 31.0);
    try (Episode skipped = trading.openEpisode("trend-pullback", "BTC-USD")) {
      skipped.abandon("spread too wide");
    }
    trading
        .outcomeForOrder("ord-2")
        .fill(new Fill(EXIT, Side.SELL, 0.25, 64_000, 1.1, "ord-2-stop"))
        .outcome(new Outcome(-250.0, -0.015, Duration.ofHours(40), 300.0, 120.0, "stop"))
        .record();
    trading.recordFeedback(entry, new Feedback("analyst-7", 0.8, "-1..1", "sizing", List.of("patient"), "well sized"));
    assertTrue(trading.close(WAIT), "the first process shut down in time");

    DecisionTrace restarted = trace();
    restarted
        .outcomeForOrder("ord-1")
        .fill(new Fill(EXIT, Side.SELL, 0.25, 67_600, 1.2, "ord-1-exit"))
        .outcome(new Outcome(648.8, 0.04, Duration.ofHours(40), 410.0, 2_650.0, "target"))
        .record();
    assertTrue(restarted.close(WAIT), "the restarted process shut down in time");

    // Every batch answered 200 with nothing refused: all exported, nothing spooled or dropped.
    assertEquals(trading.metrics().recordsRecorded(), trading.metrics().recordsExported());
    assertEquals(0, trading.metrics().recordsSpooled());
    assertEquals(0, trading.metrics().droppedTotal());
    assertEquals(0, trading.metrics().dropped(DropReason.REJECTED));
    assertEquals(1, restarted.metrics().recordsExported());
    assertEquals(0, restarted.metrics().recordsSpooled());

    JsonNode merged = collector.getJson("/v1/episodes/" + entry);
    assertEquals("closed", merged.get("status").asText());
    assertEquals(EXIT.toString(), merged.get("closedAt").asText());
    assertEquals("ord-1", merged.get("action").get("orderId").asText());
    assertEquals("rsi14", merged.get("signals").get(0).get("name").asText());
    assertEquals("sizing", merged.get("steps").get(0).get("name").asText());
    assertEquals(648.8, merged.get("outcome").get("realizedPnl").asDouble());
    assertEquals("ord-1-exit", merged.get("fills").get(0).get("orderId").asText());
    JsonNode lateOutcome = merged.get("outcomes").get(0);
    assertTrue(lateOutcome.get("episodeId").isNull(), "the restarted SDK knew the order id only");
    assertEquals("analyst-7", merged.get("feedback").get(0).get("feedback").get("rater").asText());

    JsonNode resolvedBySdk = collector.getJson("/v1/episodes/" + other);
    assertEquals("closed", resolvedBySdk.get("status").asText());
    assertEquals(other, resolvedBySdk.get("outcomes").get(0).get("episodeId").asText());

    JsonNode listed = collector.getJson("/v1/episodes?strategy=trend-pullback");
    assertEquals(3, listed.get("episodes").size());
    assertEquals(1, collector.getJson("/v1/episodes?status=abandoned").get("episodes").size());
    assertEquals(0, collector.getJson("/v1/episodes?status=decided").get("episodes").size());
  }
}
