package dev.decisiontrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.decisiontrace.metrics.DropReason;
import dev.decisiontrace.metrics.MetricsSnapshot;
import dev.decisiontrace.model.Action;
import dev.decisiontrace.model.Direction;
import dev.decisiontrace.model.ExitPlan;
import dev.decisiontrace.model.RiskBudget;
import dev.decisiontrace.model.Side;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory stays bounded while the collector is down: the SDK records as fast as one thread can for
 * {@code outage.seconds} (60 by default) against a collector port with nothing behind it, and the
 * heap retained after a full GC never grows past the buffer's byte cap plus a margin, however long
 * the outage lasts; the spool on disk stays under its own cap. The figures are printed for the
 * README ("Shipping to a collector").
 */
class OutageMemoryTest {

  private static final long BUFFER_BYTES = 16L * 1024 * 1024;
  private static final long SPOOL_BYTES = 32L * 1024 * 1024;

  @TempDir Path dir;

  @Test
  void heapStaysUnderTheBufferCapWhileTheCollectorIsDownAtAHighRecordingRate() throws Exception {
    long seconds = Long.getLong("outage.seconds", 60);
    int deadPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      deadPort = socket.getLocalPort();
    }
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long baseline = retainedHeap(memory);
    DecisionTrace trace =
        DecisionTrace.builder()
            .shutdownHook(false)
            .set("decisiontrace.exporter", "http")
            .set("decisiontrace.http.endpoint", "http://127.0.0.1:" + deadPort + "/v1/records")
            .set("decisiontrace.http.max-attempts", "2")
            .set("decisiontrace.http.initial-backoff", "10ms")
            .bufferMaxBytes(BUFFER_BYTES)
            .set("decisiontrace.spool.dir", dir.resolve("spool").toString())
            .set("decisiontrace.spool.max-bytes", Long.toString(SPOOL_BYTES))
            .set("decisiontrace.spool.replay-interval", "1s")
            // The order-id lookup is a separate cap (about 170 bytes an entry); keep it small here so
            // that what is measured is the buffer's bound.
            .set("decisiontrace.outcome.lookup-max-size", "10000")
            .build();

    long maxRetained = 0;
    long episodes = 0;
    long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    long nextSample = System.nanoTime();
    while (System.nanoTime() < end) {
      for (int i = 0; i < 1_000; i++) {
        recordRepresentativeEpisode(trace, episodes++);
      }
      if (System.nanoTime() >= nextSample) {
        maxRetained = Math.max(maxRetained, retainedHeap(memory) - baseline);
        nextSample = System.nanoTime() + Duration.ofSeconds(5).toNanos();
      }
    }
    MetricsSnapshot metrics = trace.metrics();
    long spoolOnDisk = directorySize(dir.resolve("spool"));
    trace.close(Duration.ofSeconds(5));

    System.out.printf(
        "outage of %ds: %,d episodes recorded (%,.0f/s), %,d buffered, %,d spooled, dropped %s;"
            + " retained heap above baseline at most %,d bytes (buffer cap %,d); spool on disk %,d bytes (cap %,d)%n",
        seconds,
        episodes,
        episodes / (double) seconds,
        metrics.recordsRecorded(),
        metrics.recordsSpooled(),
        metrics.dropped(),
        maxRetained,
        BUFFER_BYTES,
        spoolOnDisk,
        SPOOL_BYTES);
    assertTrue(maxRetained < BUFFER_BYTES * 3, "retained " + maxRetained + " bytes above baseline");
    assertTrue(spoolOnDisk <= SPOOL_BYTES, "spool " + spoolOnDisk + " bytes");
    assertEquals(0, metrics.dropped(DropReason.INTERNAL_ERROR));
    assertTrue(metrics.dropped(DropReason.BUFFER_FULL) + metrics.dropped(DropReason.BUFFER_BYTES_FULL) > 0,
        "the outage lasted long enough to fill the buffer, so the cap was what bounded memory");
  }

  private static void recordRepresentativeEpisode(DecisionTrace trace, long n) {
    try (Episode episode = trace.openEpisode("outage", "BTC-USD")) {
      episode.thesis("Pull-back in an uptrend", Direction.LONG, 0.7);
      for (int s = 0; s < 8; s++) {
        episode.signal("signal" + s, n + s);
      }
      episode
          .alternative("buy full size", "volatility above cap")
          .alternative("wait", "momentum already turning")
          .riskBudget(new RiskBudget(1_000.0, 0.5, 1.0, 1_300.0))
          .exitPlan(new ExitPlan(67_600.0, 63_700.0, null, Duration.ofDays(3)));
      for (String name : new String[] {"analysis", "sizing", "timing"}) {
        try (StepScope step = episode.step(name)) {
          step.input("n", n).input("atr", 1_300.0).reasoning("because");
        }
      }
      episode.action(Action.market(Side.BUY, 0.25, "o-" + n));
    }
  }

  private static long retainedHeap(MemoryMXBean memory) {
    System.gc();
    return memory.getHeapMemoryUsage().getUsed();
  }

  private static long directorySize(Path directory) throws Exception {
    if (!Files.isDirectory(directory)) {
      return 0;
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files.mapToLong(file -> file.toFile().length()).sum();
    }
  }
}
