package dev.decisiontrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.decisiontrace.metrics.DropReason;
import dev.decisiontrace.metrics.MetricsSnapshot;
import dev.decisiontrace.model.EpisodeRecord;
import dev.decisiontrace.testing.CapturingExporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the exporter cannot deliver, nothing is lost: batches wait in the disk spool, in order. */
class SpoolDeliveryTest {

  private static final Duration WAIT = Duration.ofSeconds(20);

  @TempDir Path dir;

  private DecisionTrace trace(CapturingExporter exporter) {
    return DecisionTrace.builder()
        .exporter(exporter)
        .shutdownHook(false)
        .batchMaxSize(10)
        .set("decisiontrace.spool.dir", dir.resolve("spool").toString())
        .set("decisiontrace.spool.replay-interval", "50ms")
        .build();
  }

  private static void record(DecisionTrace trace, long from, long to) {
    for (long i = from; i < to; i++) {
      try (Episode episode = trace.openEpisode("spool", null)) {
        episode.attribute("n", i);
      }
    }
  }

  private static List<Long> numbers(CapturingExporter exporter) {
    return exporter.episodes().stream().map(r -> ((Number) r.attributes().get("n")).longValue()).toList();
  }

  private static List<Long> range(long from, long to) {
    return LongStream.range(from, to).boxed().toList();
  }

  @Test
  void whileTheCollectorIsUnreachableBatchesGoToTheSpoolAndArriveInOrderWhenItRecovers() throws Exception {
    CapturingExporter exporter = CapturingExporter.open();
    exporter.unreachable(true);
    DecisionTrace trace = trace(exporter);
    record(trace, 0, 100);

    assertFalse(trace.flush(WAIT), "nothing could be delivered");
    MetricsSnapshot down = trace.metrics();
    assertEquals(100, down.recordsSpooled());
    assertTrue(down.spoolBytes() > 0);
    assertEquals(0, down.droppedTotal());

    record(trace, 100, 150);
    exporter.unreachable(false);
    exporter.await(EpisodeRecord.class, r -> ((Number) r.attributes().get("n")).longValue() == 149, WAIT);

    assertEquals(range(0, 150), numbers(exporter), "every record once, oldest first");
    assertTrue(trace.close(WAIT));
    assertEquals(0, trace.metrics().spoolBytes());
    assertEquals(150, trace.metrics().recordsExported());
    assertEquals(0, trace.metrics().droppedTotal());
  }

  @Test
  void batchesSpooledBeforeAStopAreReplayedByTheNextInstance() throws Exception {
    CapturingExporter down = CapturingExporter.open();
    down.unreachable(true);
    DecisionTrace first = trace(down);
    record(first, 0, 30);
    first.close(WAIT);
    assertEquals(30, first.metrics().recordsSpooled());

    CapturingExporter up = CapturingExporter.open();
    DecisionTrace second = trace(up);
    up.await(EpisodeRecord.class, r -> ((Number) r.attributes().get("n")).longValue() == 29, WAIT);

    assertEquals(range(0, 30), numbers(up));
    second.close(WAIT);
    try (var left = Files.list(dir.resolve("spool"))) {
      assertEquals(0, left.count(), "delivered batches are deleted");
    }
  }

  @Test
  void batchesSpooledBeforeAStopCountInSpoolBytesAsSoonAsTheNextInstanceIsBuilt() {
    CapturingExporter down = CapturingExporter.open();
    down.unreachable(true);
    DecisionTrace first = trace(down);
    record(first, 0, 30);
    first.close(WAIT);
    long left = first.metrics().spoolBytes();
    assertTrue(left > 0);

    CapturingExporter stillDown = CapturingExporter.open();
    stillDown.unreachable(true);
    DecisionTrace second = trace(stillDown);

    assertEquals(left, second.metrics().spoolBytes(), "an application waiting for 0 would stop before the replay");
    second.close(WAIT);
  }

  @Test
  void aProcessStoppingWhileItReplaysTheSpoolDeliversTheRestOfItAndWhatQueuedBehindIt() throws Exception {
    CapturingExporter down = CapturingExporter.open();
    down.unreachable(true);
    DecisionTrace first = trace(down);
    record(first, 0, 30);
    first.close(WAIT);
    CapturingExporter back = CapturingExporter.held();
    DecisionTrace second = trace(back);
    assertTrue(back.awaitFirstExport(WAIT), "replaying the oldest spooled batch");
    record(second, 30, 40);

    Thread closing = new Thread(() -> second.close(WAIT), "closing");
    closing.start();
    // close() has asked the export thread to stop once it waits for it.
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (closing.getState() != Thread.State.TIMED_WAITING) {
      assertTrue(closing.isAlive() && System.nanoTime() - deadline < 0, "close waits for the held export");
      Thread.onSpinWait();
    }
    back.release();
    closing.join(WAIT.toMillis());

    assertEquals(range(0, 40), numbers(back), "every record once, oldest first");
    assertTrue(second.close(WAIT), "everything was delivered");
    assertEquals(0, second.metrics().spoolBytes());
  }

  @Test
  void aPermanentFailureIsNotSpooledButDroppedAndCounted() {
    CapturingExporter exporter = CapturingExporter.open();
    exporter.failWith(new IllegalArgumentException("400 bad request"));
    DecisionTrace trace = trace(exporter);
    record(trace, 0, 10);

    assertFalse(trace.flush(WAIT));

    assertEquals(10, trace.metrics().dropped(DropReason.EXPORT_FAILED));
    assertEquals(0, trace.metrics().recordsSpooled());
    trace.close(WAIT);
  }

  @Test
  void withTheSpoolTurnedOffAnUnreachableCollectorDropsAndCounts() {
    CapturingExporter exporter = CapturingExporter.open();
    exporter.unreachable(true);
    DecisionTrace trace =
        DecisionTrace.builder().exporter(exporter).shutdownHook(false).set("decisiontrace.spool.enabled", "false").build();
    record(trace, 0, 5);

    assertFalse(trace.flush(WAIT));

    assertEquals(5, trace.metrics().dropped(DropReason.EXPORT_FAILED));
    trace.close(WAIT);
  }

  @Test
  void aLiveBatchQueuesBehindSpooledOnesInsteadOfOvertakingThem() {
    CapturingExporter exporter = CapturingExporter.open();
    exporter.unreachable(true);
    DecisionTrace trace = trace(exporter);
    record(trace, 0, 1);
    trace.flush(WAIT);

    record(trace, 1, 2);
    trace.flush(WAIT);

    assertEquals(2, trace.metrics().recordsSpooled());
    assertEquals(0, trace.metrics().droppedTotal());
    assertTrue(exporter.episodes().isEmpty());
    trace.close(WAIT);
  }
}
