package dev.decisiontrace.faults;

import static dev.decisiontrace.faults.FaultFixtures.accepted;
import static dev.decisiontrace.faults.FaultFixtures.recordEpisode;
import static dev.decisiontrace.faults.FaultFixtures.recordIds;
import static dev.decisiontrace.faults.FaultFixtures.shippingTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.decisiontrace.DecisionTrace;
import dev.decisiontrace.metrics.MetricsSnapshot;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A collector that answers only after {@code decisiontrace.http.read-timeout}, through a real
 * DecisionTrace instance.
 */
class SlowCollectorTest {

  private static final int BATCH = 100;
  private static final int EPISODES = 2_000;

  private final MockWebServer server = new MockWebServer();
  private final CountDownLatch firstRequest = new CountDownLatch(1);
  private final CountDownLatch answer = new CountDownLatch(1);

  @TempDir Path dir;

  @BeforeEach
  void startServer() throws Exception {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            firstRequest.countDown();
            // Every request waits until the test ends, far past the 200 ms read timeout.
            answer.await(10, TimeUnit.SECONDS);
            return accepted(recordIds(request).size());
          }
        });
    server.start();
  }

  @AfterEach
  void stopServer() {
    answer.countDown();
    server.close();
  }

  @Test
  void recordingCompletesWhileTheExportThreadWaitsAndItsTimeoutsAreCounted() throws Exception {
    DecisionTrace trace =
        shippingTo(server, dir.resolve("spool"))
            .set("decisiontrace.http.read-timeout", "200ms")
            .set("decisiontrace.http.max-attempts", "2")
            .set("decisiontrace.http.initial-backoff", "10ms")
            .batchMaxSize(BATCH)
            .set("decisiontrace.batch.delay", "10ms")
            .build();
    for (int n = 0; n < BATCH; n++) {
      recordEpisode(trace, n);
    }
    assertTrue(firstRequest.await(5, TimeUnit.SECONDS), "the first batch reached the collector");

    for (int n = BATCH; n < BATCH + EPISODES; n++) {
      recordEpisode(trace, n);
    }
    MetricsSnapshot recorded = trace.metrics();
    assertEquals(0, recorded.recordsExported(), "no export had succeeded when recording ended");
    assertEquals(BATCH + EPISODES, recorded.recordsRecorded());
    trace.close(Duration.ofSeconds(8));

    MetricsSnapshot end = trace.metrics();
    assertTrue(end.exportErrors() > 0, "the timed-out exports were counted");
    assertEquals(end.recordsRecorded(), end.recordsSpooled() + end.recordsExported());
    assertEquals(0, end.droppedTotal(), end.dropped()::toString);
  }
}
