package dev.decisiontrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.decisiontrace.config.FullBufferPolicy;
import dev.decisiontrace.metrics.DropReason;
import dev.decisiontrace.metrics.MetricsSnapshot;
import dev.decisiontrace.model.EpisodeRecord;
import dev.decisiontrace.testing.CapturingExporter;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A full buffer drops and counts; recording never waits for the exporter. The exporter is held shut
 * so that the buffer fills behind it deterministically.
 */
class BufferPolicyTest {

  private static final Duration WAIT = Duration.ofSeconds(10);

  private static DecisionTrace heldTrace(CapturingExporter exporter, FullBufferPolicy policy) {
    return DecisionTrace.builder()
        .exporter(exporter)
        .shutdownHook(false)
        .bufferMaxRecords(16)
        .batchMaxSize(1)
        .fullBufferPolicy(policy)
        .build();
  }

  private static void recordEpisodes(DecisionTrace trace, int from, int to) {
    for (int i = from; i < to; i++) {
      try (Episode episode = trace.openEpisode("s", null)) {
        episode.attribute("n", i);
      }
    }
  }

  @Test
  void whenFullTheNewestRecordsAreDroppedAndCountedWhileTheCallerCarriesOn() throws Exception {
    CapturingExporter exporter = CapturingExporter.held();
    DecisionTrace trace = heldTrace(exporter, FullBufferPolicy.DROP_NEWEST);
    recordEpisodes(trace, 0, 1);
    assertTrue(exporter.awaitFirstExport(WAIT), "the export thread holds episode 0");

    recordEpisodes(trace, 1, 101);

    MetricsSnapshot metrics = trace.metrics();
    assertEquals(16, metrics.queueDepth());
    assertEquals(100 - 16, metrics.dropped(DropReason.BUFFER_FULL));
    exporter.release();
    assertTrue(trace.close(WAIT));
    List<Long> exported = exporter.episodes().stream().map(BufferPolicyTest::number).toList();
    assertEquals(rangeList(0, 17), exported, "the oldest 17 survive: one in the exporter, 16 queued");
  }

  @Test
  void dropOldestKeepsTheNewestRecordsAndCountsTheEvictions() throws Exception {
    CapturingExporter exporter = CapturingExporter.held();
    DecisionTrace trace = heldTrace(exporter, FullBufferPolicy.DROP_OLDEST);
    recordEpisodes(trace, 0, 1);
    assertTrue(exporter.awaitFirstExport(WAIT));

    recordEpisodes(trace, 1, 101);

    assertEquals(100 - 16, trace.metrics().dropped(DropReason.EVICTED_OLDEST));
    assertEquals(0, trace.metrics().dropped(DropReason.BUFFER_FULL));
    exporter.release();
    assertTrue(trace.close(WAIT));
    List<Long> exported = exporter.episodes().stream().map(BufferPolicyTest::number).toList();
    List<Long> expected = new java.util.ArrayList<>(List.of(0L));
    expected.addAll(rangeList(85, 101));
    assertEquals(expected, exported);
  }

  @Test
  void theByteCapDropsRecordsEvenWhenTheRecordCountWouldFit() throws Exception {
    CapturingExporter exporter = CapturingExporter.held();
    DecisionTrace trace =
        DecisionTrace.builder()
            .exporter(exporter)
            .shutdownHook(false)
            .bufferMaxRecords(10_000)
            .bufferMaxBytes(64 * 1024)
            .batchMaxSize(1)
            .build();
    recordEpisodes(trace, 0, 1);
    assertTrue(exporter.awaitFirstExport(WAIT));
    String kilobyte = "k".repeat(1024);
    for (int i = 0; i < 200; i++) {
      try (Episode episode = trace.openEpisode("s", null)) {
        episode.attribute("payload", kilobyte);
      }
    }
    MetricsSnapshot metrics = trace.metrics();
    assertTrue(metrics.queueBytes() <= 64 * 1024, "queued bytes " + metrics.queueBytes());
    assertTrue(metrics.dropped(DropReason.BUFFER_BYTES_FULL) > 100);
    assertEquals(200, metrics.queueDepth() + metrics.dropped(DropReason.BUFFER_BYTES_FULL));
    exporter.release();
    trace.close(WAIT);
  }

  @Test
  void episodesPastTheOpenLimitAreNoOpsAndCounted() {
    CapturingExporter exporter = CapturingExporter.open();
    DecisionTrace trace =
        DecisionTrace.builder().exporter(exporter).shutdownHook(false).set("decisiontrace.episode.max-open", "2").build();
    Episode first = trace.openEpisode("s", null);
    Episode second = trace.openEpisode("s", null);
    Episode third = trace.openEpisode("s", null);
    assertTrue(first.isRecording() && second.isRecording());
    assertEquals(false, third.isRecording());
    assertEquals(1, trace.metrics().dropped(DropReason.TOO_MANY_OPEN_EPISODES));
    first.close();
    assertTrue(trace.openEpisode("s", null).isRecording(), "closing frees a slot");
    trace.close(WAIT);
  }

  private static long number(EpisodeRecord record) {
    return ((Number) record.attributes().get("n")).longValue();
  }

  private static List<Long> rangeList(long from, long to) {
    return java.util.stream.LongStream.range(from, to).boxed().toList();
  }
}
