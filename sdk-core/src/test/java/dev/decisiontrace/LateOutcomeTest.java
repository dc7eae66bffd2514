package dev.decisiontrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.decisiontrace.metrics.DropReason;
import dev.decisiontrace.model.Action;
import dev.decisiontrace.model.EpisodeStatus;
import dev.decisiontrace.model.Fill;
import dev.decisiontrace.model.Outcome;
import dev.decisiontrace.model.OutcomeRecord;
import dev.decisiontrace.model.Side;
import dev.decisiontrace.testing.CapturingExporter;
import dev.decisiontrace.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LateOutcomeTest {

  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final Instant ENTRY = Instant.parse("2025-01-06T12:00:00Z");

  private final MutableClock clock = new MutableClock(ENTRY);
  private final CapturingExporter exporter = CapturingExporter.open();
  private final DecisionTrace trace =
      DecisionTrace.builder()
          .exporter(exporter)
          .shutdownHook(false)
          .clock(clock)
          .set("decisiontrace.outcome.lookup-expiry", "30d")
          .build();

  @AfterEach
  void close() {
    trace.close(WAIT);
  }

  private String decide(String orderId) {
    try (Episode episode = trace.openEpisode("s", "BTC-USD")) {
      episode.action(Action.market(Side.BUY, 1, orderId));
      return episode.id();
    }
  }

  @Test
  void anOutcomeReportedByOrderIdDaysAfterTheEpisodeClosedFindsItsEpisode() {
    String episodeId = decide("ord-7");
    assertTrue(trace.flush(WAIT));
    clock.advance(Duration.ofDays(12));

    trace.outcomeForOrder("ord-7")
        .fill(new Fill(ENTRY, Side.BUY, 1, 100, 0.1, "ord-7"))
        .fill(new Fill(ENTRY.plus(Duration.ofDays(12)), Side.SELL, 1, 110, 0.1, "ord-7-exit"))
        .outcome(new Outcome(9.8, 0.098, Duration.ofDays(12), 3.0, 12.0, "target"))
        .record();
    assertTrue(trace.flush(WAIT));

    OutcomeRecord outcome = exporter.outcomes().get(0);
    assertEquals(episodeId, outcome.episodeId());
    assertEquals("ord-7", outcome.orderId());
    assertEquals(2, outcome.fills().size());
    assertEquals("target", outcome.outcome().exitReason());
    assertEquals(ENTRY.plus(Duration.ofDays(12)), outcome.closedAt(), "closedAt defaults to the last fill");
  }

  @Test
  void anOutcomeReportedWhileTheEpisodeIsStillOpenFindsItToo() {
    String episodeId;
    try (Episode episode = trace.openEpisode("s", null)) {
      episode.action(Action.market(Side.SELL, 2, "ord-open"));
      episodeId = episode.id();
      trace.outcomeForOrder("ord-open").fill(new Fill(ENTRY, Side.SELL, 2, 50, null, "ord-open")).record();
      assertTrue(trace.flush(WAIT));
    }
    assertEquals(episodeId, exporter.outcomes().get(0).episodeId());
  }

  @Test
  void anOutcomeReportedByEpisodeIdCarriesThatId() {
    trace.outcomeForEpisode("0194-known").outcome(new Outcome(-5.0, -0.05, null, null, null, "stop")).record();
    assertTrue(trace.flush(WAIT));
    assertEquals("0194-known", exporter.outcomes().get(0).episodeId());
    assertEquals(ENTRY, exporter.outcomes().get(0).closedAt(), "closedAt defaults to now without fills");
  }

  @Test
  void pastTheLookupExpiryTheOutcomeShipsWithTheOrderIdAloneForTheCollectorToLink() {
    decide("ord-old");
    assertTrue(trace.flush(WAIT));
    clock.advance(Duration.ofDays(31));

    trace.outcomeForOrder("ord-old").outcome(new Outcome(1.0, 0.01, null, null, null, "time")).record();
    assertTrue(trace.flush(WAIT));

    OutcomeRecord outcome = exporter.outcomes().get(0);
    assertNull(outcome.episodeId());
    assertEquals("ord-old", outcome.orderId());
  }

  @Test
  void anOutcomeWithNeitherIdIsDroppedAndCounted() {
    trace.outcomeForOrder(null).outcome(new Outcome(1.0, null, null, null, null, null)).record();
    trace.outcomeForEpisode(" ").record();
    assertEquals(2, trace.metrics().dropped(DropReason.INVALID_RECORD));
  }

  @Test
  void theDecisionSnapshotStaysDecidedWhenItsOutcomeArrives() {
    decide("ord-9");
    trace.outcomeForOrder("ord-9").outcome(new Outcome(1.0, null, null, null, null, "signal")).record();
    assertTrue(trace.flush(WAIT));
    assertEquals(EpisodeStatus.DECIDED, exporter.episodes().get(0).status());
    assertEquals(exporter.episodes().get(0).episodeId(), exporter.outcomes().get(0).episodeId());
  }
}
