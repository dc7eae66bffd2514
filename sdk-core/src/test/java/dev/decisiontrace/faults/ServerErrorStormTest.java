package dev.decisiontrace.faults;

import static dev.decisiontrace.faults.FaultFixtures.bytesOnDisk;
import static dev.decisiontrace.faults.FaultFixtures.recordEpisode;
import static dev.decisiontrace.faults.FaultFixtures.recordsInSpool;
import static dev.decisiontrace.faults.FaultFixtures.shippingTo;
import static dev.decisiontrace.faults.FaultFixtures.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.decisiontrace.DecisionTrace;
import dev.decisiontrace.DecisionTraceBuilder;
import dev.decisiontrace.metrics.DropReason;
import dev.decisiontrace.metrics.MetricsSnapshot;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A collector answering 500 to every request for the whole test, through a real DecisionTrace
 * instance recording far more than its buffer and spool hold.
 */
class ServerErrorStormTest {

  private static final int MAX_ATTEMPTS = 3;
  private static final Duration REPLAY_INTERVAL = Duration.ofSeconds(1);
  private static final int BATCH = 50;
  private static final long BUFFER_BYTES = 64 * 1024;
  private static final long SPOOL_BYTES = 64 * 1024;
  private static final Duration GIVE_UP = Duration.ofSeconds(8);
  private static final Duration RECORDING = Duration.ofMillis(500);
  private static final Duration WATCHING = Duration.ofSeconds(2);

  private final MockWebServer server = new MockWebServer();
  private final CountDownLatch release = new CountDownLatch(1);

  @TempDir Path dir;

  @BeforeEach
  void startServer() throws Exception {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return status(500);
          }
        });
    server.start();
  }

  @AfterEach
  void stopServer() {
    release.countDown();
    server.close();
  }

  private DecisionTraceBuilder storm() {
    return shippingTo(server, dir.resolve("spool"))
        .set("decisiontrace.http.max-attempts", Integer.toString(MAX_ATTEMPTS))
        // Quick retries against a slow replay: an export is over in milliseconds, so exports
        // made more often than the replay interval allows would far outnumber the bound.
        .set("decisiontrace.http.initial-backoff", "1ms")
        .set("decisiontrace.http.max-backoff", "2ms")
        .set("decisiontrace.spool.replay-interval", REPLAY_INTERVAL.toMillis() + "ms")
        .set("decisiontrace.spool.max-bytes", Long.toString(SPOOL_BYTES))
        .batchMaxSize(BATCH)
        .set("decisiontrace.batch.delay", "10ms");
  }

  private static long droppedBeforeTheBuffer(MetricsSnapshot metrics) {
    return metrics.dropped(DropReason.BUFFER_FULL) + metrics.dropped(DropReason.BUFFER_BYTES_FULL);
  }

  private static boolean pastGiveUp(long startNanos) {
    return System.nanoTime() - startNanos > GIVE_UP.toNanos();
  }

  @Test
  void eachExportStopsAtMaxAttemptsAndTheSpoolIsRetriedAtMostOncePerReplayInterval()
      throws Exception {
    long start = System.nanoTime();
    // Room for many batches, each of which would meet the storm if it were exported on its own.
    DecisionTrace trace = storm().bufferMaxRecords(20 * BATCH).build();
    long recordingStart = System.nanoTime();
    long episodes = 0;
    while (System.nanoTime() - recordingStart < RECORDING.toNanos()) {
      recordEpisode(trace, episodes++);
    }
    // Then only the replays run. The test watches them for a fixed time, not until a count, so that
    // retrying too often shows as too many requests instead of ending the test sooner; longer only
    // if this machine is too slow to have replayed once by then.
    long watchEnd = recordingStart + RECORDING.plus(WATCHING).toNanos();
    while (!pastGiveUp(start)) {
      long left = watchEnd - System.nanoTime();
      if (left <= 0 && server.getRequestCount() >= 2 * MAX_ATTEMPTS) {
        break;
      }
      server.takeRequest(Math.max(left, TimeUnit.MILLISECONDS.toNanos(50)), TimeUnit.NANOSECONDS);
    }
    trace.close(Duration.ofSeconds(5));
    long elapsedNanos = System.nanoTime() - start;

    MetricsSnapshot metrics = trace.metrics();
    long requests = server.getRequestCount();
    long exports = metrics.exportErrors();
    // Batches recorded after the first failure queue behind it in the spool instead of each
    // meeting the storm: one live export, then replays at most one per interval.
    long exportBound = 1 + 1 + elapsedNanos / REPLAY_INTERVAL.toNanos();
    assertTrue(exports > 1, "spooled batches were replayed: " + exports + " exports");
    assertTrue(
        exports <= exportBound,
        exports + " exports of " + episodes + " episodes in " + elapsedNanos / 1_000_000 + " ms");
    assertTrue(requests <= MAX_ATTEMPTS * exports, requests + " requests for " + exports + " exports");
    assertEquals(0, metrics.recordsExported());
  }

  @Test
  void theQueueAndTheSpoolStayWithinTheirCapsAndEveryEpisodeIsBufferedOrCountedAsDropped()
      throws Exception {
    long start = System.nanoTime();
    Path spool = dir.resolve("spool");
    DecisionTrace trace = storm().bufferMaxBytes(BUFFER_BYTES).build();
    long opened = 0;
    long mostQueued = 0;
    long lastSpooled = 0;
    long mostSpooled = 0;
    long mostOnDisk = 0;
    MetricsSnapshot metrics = trace.metrics();
    while ((droppedBeforeTheBuffer(metrics) == 0 || metrics.dropped(DropReason.SPOOL_FULL) == 0)
        && !pastGiveUp(start)) {
      recordEpisode(trace, opened++);
      metrics = trace.metrics();
      mostQueued = Math.max(mostQueued, metrics.queueBytes());
      if (metrics.spoolBytes() != lastSpooled) {
        // The spool changed: a batch was written or deleted, so look at the directory too.
        lastSpooled = metrics.spoolBytes();
        mostSpooled = Math.max(mostSpooled, lastSpooled);
        mostOnDisk = Math.max(mostOnDisk, bytesOnDisk(spool));
      }
    }
    mostOnDisk = Math.max(mostOnDisk, bytesOnDisk(spool));
    trace.close(Duration.ofSeconds(5));

    MetricsSnapshot end = trace.metrics();
    assertTrue(droppedBeforeTheBuffer(end) > 0, "the buffer filled up: " + end.dropped());
    assertTrue(end.dropped(DropReason.SPOOL_FULL) > 0, "the spool filled up: " + end.dropped());
    assertTrue(mostQueued <= BUFFER_BYTES, "queued " + mostQueued + " bytes");
    assertTrue(mostSpooled <= SPOOL_BYTES, "spooled " + mostSpooled + " bytes");
    assertTrue(mostOnDisk > 0, "the spool directory was sampled while it held batches");
    assertTrue(mostOnDisk <= SPOOL_BYTES, "spool directory held " + mostOnDisk + " bytes");
    assertTrue(bytesOnDisk(spool) <= SPOOL_BYTES);
    assertEquals(opened, end.episodesOpened());
    assertEquals(opened, end.recordsRecorded() + droppedBeforeTheBuffer(end));
    assertEquals(end.recordsRecorded(), end.recordsSpooled(), "every buffered record was spooled");
    assertEquals(
        end.recordsSpooled(),
        recordsInSpool(spool) + end.dropped(DropReason.SPOOL_FULL),
        "every spooled record is still on disk or counted as deleted");
    assertEquals(
        droppedBeforeTheBuffer(end) + end.dropped(DropReason.SPOOL_FULL),
        end.droppedTotal(),
        end.dropped()::toString);
  }

  @Test
  void recordingFinishesWhileTheExportThreadIsHeldInsideARequest() throws Exception {
    CountDownLatch inside = new CountDownLatch(1);
    AtomicBoolean held = new AtomicBoolean();
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            if (inside.getCount() > 0) {
              held.set(true);
              inside.countDown();
              release.await(10, TimeUnit.SECONDS);
              held.set(false);
            }
            return status(500);
          }
        });
    int bufferRecords = 100;
    int more = 1_000;
    DecisionTrace trace = storm().bufferMaxRecords(bufferRecords).build();
    for (int n = 0; n < BATCH; n++) {
      recordEpisode(trace, n);
    }
    assertTrue(inside.await(5, TimeUnit.SECONDS), "the first batch reached the collector");

    for (int n = BATCH; n < BATCH + more; n++) {
      recordEpisode(trace, n);
    }
    MetricsSnapshot recorded = trace.metrics();
    // Only this thread releases the request: had recording waited on the export thread, the
    // dispatcher would have given up waiting first.
    assertTrue(held.get(), "the export thread was still inside its first request");
    assertEquals(BATCH + more, recorded.recordsRecorded() + droppedBeforeTheBuffer(recorded));
    assertTrue(
        recorded.dropped(DropReason.BUFFER_FULL) > 0,
        "recording went on past a full buffer: " + recorded.dropped());
    assertEquals(0, recorded.recordsExported());
    release.countDown();
    trace.close(Duration.ofSeconds(5));
  }
}
