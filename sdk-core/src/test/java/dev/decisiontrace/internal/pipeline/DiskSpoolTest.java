package dev.decisiontrace.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.decisiontrace.internal.SdkCounters;
import dev.decisiontrace.metrics.DropReason;
import dev.decisiontrace.model.FeedbackRecord;
import dev.decisiontrace.model.Feedback;
import dev.decisiontrace.model.TraceRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiskSpoolTest {

  @TempDir Path dir;

  private final SdkCounters counters = new SdkCounters();

  private static List<TraceRecord> batch(String prefix, int size) {
    List<TraceRecord> records = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      records.add(
          new FeedbackRecord(
              prefix + "-" + i,
              "episode-" + i,
              new Feedback("rater", i, "0..100", null, List.of(), "c".repeat(100)),
              List.of(),
              Instant.parse("2025-01-01T00:00:00Z")));
    }
    return records;
  }

  private DiskSpool spool(long maxBytes) {
    return new DiskSpool(dir, maxBytes, counters);
  }

  private static List<Path> files(Path dir, String glob) throws Exception {
    try (var stream = Files.newDirectoryStream(dir, glob)) {
      List<Path> paths = new ArrayList<>();
      stream.forEach(paths::add);
      return paths;
    }
  }

  @Test
  void batchesComeBackEqualAndOldestFirst() {
    DiskSpool spool = spool(1 << 20);
    List<TraceRecord> first = batch("a", 3);
    List<TraceRecord> second = batch("b", 2);
    spool.append(first);
    spool.append(second);

    DiskSpool.SpooledBatch oldest = spool.oldest();
    assertEquals(first, oldest.records());
    spool.remove(oldest);
    assertEquals(second, spool.oldest().records());
    assertEquals(2, spool.records());
  }

  @Test
  void aNewSpoolOnTheSameDirectoryFindsTheBatchesOfTheLastRun() {
    spool(1 << 20).append(batch("a", 3));
    spool(1 << 20).isEmpty();

    DiskSpool restarted = spool(1 << 20);

    assertFalse(restarted.isEmpty());
    assertEquals(batch("a", 3), restarted.oldest().records());
    restarted.append(batch("b", 1));
    restarted.remove(restarted.oldest());
    assertEquals(batch("b", 1), restarted.oldest().records(), "sequence numbers continue after a restart");
  }

  @Test
  void pastTheCapTheOldestBatchesAreDeletedAndCounted() {
    DiskSpool measuring = new DiskSpool(dir.resolve("measure"), 1 << 20, new SdkCounters());
    measuring.append(batch("a", 5));
    long oneBatch = measuring.bytes();
    DiskSpool spool = spool(oneBatch * 5 / 2);
    spool.append(batch("a", 5));
    spool.append(batch("b", 5));
    spool.append(batch("c", 5));

    assertEquals(2 * oneBatch, spool.bytes(), "two batches fit under the cap, three do not");
    assertEquals(batch("b", 5), spool.oldest().records());
    assertEquals(5, counters.droppedCount(DropReason.SPOOL_FULL));
  }

  @Test
  void aBatchLargerThanTheWholeCapIsDroppedAndCounted() {
    DiskSpool spool = spool(500);

    assertFalse(spool.append(batch("huge", 10)));

    assertTrue(spool.isEmpty());
    assertEquals(10, counters.droppedCount(DropReason.SPOOL_FULL));
  }

  @Test
  void aTruncatedFileIsSetAsideAndTheNextBatchIsReturned() throws Exception {
    DiskSpool writer = spool(1 << 20);
    writer.append(batch("a", 3));
    writer.append(batch("b", 2));
    Path damaged = files(dir, "batch-*.spool").stream().sorted().findFirst().orElseThrow();
    byte[] content = Files.readAllBytes(damaged);
    Files.write(damaged, java.util.Arrays.copyOf(content, content.length - 40));

    DiskSpool reader = spool(1 << 20);

    assertEquals(batch("b", 2), reader.oldest().records());
    assertEquals(1, files(dir, "*.corrupt").size());
    assertEquals(3, counters.droppedCount(DropReason.SPOOL_CORRUPT));
  }

  @Test
  void aFileWhoseChecksumFailsIsSetAside() throws Exception {
    DiskSpool writer = spool(1 << 20);
    writer.append(batch("a", 1));
    Path file = files(dir, "batch-*.spool").get(0);
    byte[] content = Files.readAllBytes(file);
    content[content.length - 5] ^= 0x01;
    Files.write(file, content);

    assertNull(spool(1 << 20).oldest());
    assertEquals(1, files(dir, "*.corrupt").size());
  }

  @Test
  void aTemporaryFileLeftByACrashIsNeverReplayed() throws Exception {
    Files.writeString(dir.resolve(".batch-000000000007.spool.tmp"), "DTSPOOL1 1 10 0\npartial");

    assertTrue(spool(1 << 20).isEmpty());
  }
}
