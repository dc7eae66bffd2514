package dev.decisiontrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.decisiontrace.model.EpisodeRecord;
import dev.decisiontrace.model.EpisodeStatus;
import dev.decisiontrace.testing.CapturingExporter;
import dev.decisiontrace.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AbandonedEpisodeTest {

  private static final Duration WAIT = Duration.ofSeconds(10);

  private final MutableClock clock = new MutableClock(Instant.parse("2025-02-03T09:00:00Z"));
  private final CapturingExporter exporter = CapturingExporter.open();
  private final DecisionTrace trace =
      DecisionTrace.builder()
          .exporter(exporter)
          .shutdownHook(false)
          .clock(clock)
          .episodeMaxOpenTime(Duration.ofMinutes(5))
          .batchDelay(Duration.ofMillis(10))
          .build();

  @AfterEach
  void close() {
    trace.close(WAIT);
  }

  @Test
  void anEpisodeLeftOpenPastTheLimitIsShippedAsAbandonedWithWhatItHad() throws Exception {
    Episode forgotten = trace.openEpisode("s", "AAPL");
    forgotten.signal("rsi", 71.0);

    clock.advance(Duration.ofMinutes(6));

    EpisodeRecord record = exporter.await(EpisodeRecord.class, r -> true, WAIT);
    assertEquals(EpisodeStatus.ABANDONED, record.status());
    assertEquals("open longer than PT5M", record.abandonReason());
    assertEquals(71.0, ((dev.decisiontrace.model.SignalValue.Numeric) record.signals().get(0).value()).value());
    assertFalse(forgotten.isRecording(), "the handle stops recording");
    assertEquals(1, trace.metrics().episodesAbandoned());
  }

  @Test
  void anEpisodeYoungerThanTheLimitIsLeftAloneWhileAnOlderOneIsAbandoned() throws Exception {
    Episode older = trace.openEpisode("older", null);
    clock.advance(Duration.ofMinutes(4));
    Episode younger = trace.openEpisode("younger", null);
    clock.advance(Duration.ofMinutes(2));

    exporter.await(EpisodeRecord.class, r -> r.strategy().name().equals("older"), WAIT);

    assertFalse(older.isRecording());
    assertTrue(younger.isRecording(), "two minutes old, below the five-minute limit");
    assertEquals(1, trace.metrics().episodesAbandoned());
    younger.close();
  }

  @Test
  void abandoningExplicitlyShipsAtOnceWithTheReason() throws Exception {
    try (Episode episode = trace.openEpisode("s", null)) {
      episode.abandon("data gap");
    }
    assertTrue(trace.flush(WAIT));
    EpisodeRecord record = exporter.episodes().get(0);
    assertEquals(EpisodeStatus.ABANDONED, record.status());
    assertEquals("data gap", record.abandonReason());
    assertEquals(1, exporter.episodes().size(), "closing after abandoning ships nothing more");
  }
}
