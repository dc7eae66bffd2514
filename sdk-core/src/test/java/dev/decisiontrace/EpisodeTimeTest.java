package dev.decisiontrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.decisiontrace.model.Action;
import dev.decisiontrace.model.EpisodeRecord;
import dev.decisiontrace.testing.CapturingExporter;
import dev.decisiontrace.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EpisodeTimeTest {

  private static final Instant START = Instant.parse("2025-06-02T13:30:00Z");

  private final MutableClock clock = new MutableClock(START);
  private final CapturingExporter exporter = CapturingExporter.open();
  private final DecisionTrace trace =
      DecisionTrace.builder().exporter(exporter).shutdownHook(false).clock(clock).build();

  @AfterEach
  void close() {
    trace.close(Duration.ofSeconds(10));
  }

  @Test
  void aLiveEpisodeTakesItsTimesFromTheWallClock() {
    try (Episode episode = trace.openEpisode("live", null)) {
      clock.advance(Duration.ofSeconds(2));
      episode.step("analysis").close();
      clock.advance(Duration.ofSeconds(3));
      episode.action(Action.hold());
    }
    trace.flush(Duration.ofSeconds(10));

    EpisodeRecord record = exporter.episodes().get(0);
    assertEquals(START, record.openedAt());
    assertEquals(START.plusSeconds(2), record.steps().get(0).startedAt());
    assertEquals(START.plusSeconds(5), record.decidedAt());
  }

  @Test
  void anEpisodeOpenedAtASimulatedTimeKeepsItsStepsJustAfterThatTime() {
    Instant bar = Instant.parse("2017-12-17T00:00:00Z");
    try (Episode episode = trace.episode("backtest").openedAt(bar).open()) {
      clock.advance(Duration.ofDays(1));
      episode.step("analysis").close();
      episode.action(Action.hold());
    }
    trace.flush(Duration.ofSeconds(10));

    EpisodeRecord record = exporter.episodes().get(0);
    Instant stepStart = record.steps().get(0).startedAt();
    assertTrue(!stepStart.isBefore(bar) && stepStart.isBefore(bar.plusSeconds(10)), stepStart.toString());
    assertTrue(!record.decidedAt().isBefore(stepStart) && record.decidedAt().isBefore(bar.plusSeconds(10)));
  }
}
