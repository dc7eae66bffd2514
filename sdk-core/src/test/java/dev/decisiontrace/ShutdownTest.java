package dev.decisiontrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.decisiontrace.metrics.DropReason;
import dev.decisiontrace.model.EpisodeRecord;
import dev.decisiontrace.model.EpisodeStatus;
import dev.decisiontrace.testing.CapturingExporter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ShutdownTest {

  private static final Duration WAIT = Duration.ofSeconds(10);

  @Test
  void everythingRecordedJustBeforeCloseIsExported() {
    CapturingExporter exporter = CapturingExporter.open();
    DecisionTrace trace =
        DecisionTrace.builder().exporter(exporter).shutdownHook(false).batchDelay(Duration.ofHours(1)).build();
    for (int i = 0; i < 5_000; i++) {
      try (Episode episode = trace.openEpisode("s", null)) {
        episode.signal("i", i);
      }
    }

    assertTrue(trace.close(WAIT));

    assertEquals(5_000, exporter.episodes().size());
    assertEquals(5_000, trace.metrics().recordsExported());
    assertEquals(0, trace.metrics().droppedTotal());
    assertTrue(exporter.isShutDown());
  }

  @Test
  void anEpisodeStillOpenAtCloseIsShippedAsAbandoned() {
    CapturingExporter exporter = CapturingExporter.open();
    DecisionTrace trace = DecisionTrace.builder().exporter(exporter).shutdownHook(false).build();
    Episode open = trace.openEpisode("s", null);
    open.signal("seen", 1);

    assertTrue(trace.close(WAIT));

    EpisodeRecord record = exporter.episodes().get(0);
    assertEquals(EpisodeStatus.ABANDONED, record.status());
    assertEquals("still open at shutdown", record.abandonReason());
    assertEquals("seen", record.signals().get(0).name());
  }

  @Test
  void recordingAfterCloseIsDroppedAndCountedNotThrown() {
    CapturingExporter exporter = CapturingExporter.open();
    DecisionTrace trace = DecisionTrace.builder().exporter(exporter).shutdownHook(false).build();
    trace.close(WAIT);

    Episode episode = trace.openEpisode("s", null);
    episode.signal("x", 1).close();

    assertFalse(episode.isRecording());
    assertEquals(1, trace.metrics().dropped(DropReason.AFTER_SHUTDOWN));
    assertTrue(exporter.episodes().isEmpty());
  }

  @Test
  void closeIsIdempotent() {
    DecisionTrace trace = DecisionTrace.builder().exporter(CapturingExporter.open()).shutdownHook(false).build();
    assertTrue(trace.close(WAIT));
    assertTrue(trace.close(WAIT));
  }

  @Test
  void aCloseThatRunsOutOfTimeCountsWhatWasStillQueued() throws Exception {
    CapturingExporter exporter = CapturingExporter.held();
    DecisionTrace trace =
        DecisionTrace.builder().exporter(exporter).shutdownHook(false).batchMaxSize(1).build();
    trace.openEpisode("s", null).close();
    assertTrue(exporter.awaitFirstExport(WAIT));
    for (int i = 0; i < 10; i++) {
      trace.openEpisode("s", null).close();
    }

    assertFalse(trace.close(Duration.ofMillis(200)));

    assertEquals(10, trace.metrics().dropped(DropReason.SHUTDOWN_TIMEOUT));
    exporter.release();
  }

  @Test
  void flushWaitsUntilEarlierRecordsAreExported() {
    CapturingExporter exporter = CapturingExporter.open();
    DecisionTrace trace =
        DecisionTrace.builder().exporter(exporter).shutdownHook(false).batchDelay(Duration.ofHours(1)).build();
    for (int i = 0; i < 10; i++) {
      trace.openEpisode("s", null).close();
    }

    assertTrue(trace.flush(WAIT));

    assertEquals(10, exporter.episodes().size());
    trace.close(WAIT);
  }

  @Test
  void aFailingExporterIsCountedAndTheExportThreadCarriesOn() {
    CapturingExporter exporter = CapturingExporter.open();
    DecisionTrace trace = DecisionTrace.builder().exporter(exporter).shutdownHook(false).build();
    exporter.failWith(new IllegalStateException("collector down"));
    trace.openEpisode("s", null).close();
    assertFalse(trace.flush(WAIT));
    assertEquals(1, trace.metrics().dropped(DropReason.EXPORT_FAILED));
    assertEquals(1, trace.metrics().exportErrors());

    exporter.failWith(null);
    trace.openEpisode("s", null).close();

    assertTrue(trace.flush(WAIT));
    assertEquals(1, exporter.episodes().size());
    trace.close(WAIT);
  }
}
