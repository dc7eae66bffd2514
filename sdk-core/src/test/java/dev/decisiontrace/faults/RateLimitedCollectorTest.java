package dev.decisiontrace.faults;

import static dev.decisiontrace.faults.FaultFixtures.accepted;
import static dev.decisiontrace.faults.FaultFixtures.recordEpisodes;
import static dev.decisiontrace.faults.FaultFixtures.recordIds;
import static dev.decisiontrace.faults.FaultFixtures.shippingTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.decisiontrace.DecisionTrace;
import dev.decisiontrace.export.http.HttpJsonExporter;
import dev.decisiontrace.metrics.MetricsSnapshot;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A collector answering 429 with Retry-After, through a real DecisionTrace instance. */
class RateLimitedCollectorTest {

  private static final int EPISODES = 5;

  private final MockWebServer server = new MockWebServer();
  private final List<Arrival> arrivals = new CopyOnWriteArrayList<>();

  @TempDir Path dir;

  private record Arrival(long nanoTime, String batchId, List<String> recordIds) {}

  @BeforeEach
  void startServer() throws Exception {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            long now = System.nanoTime();
            List<String> ids = recordIds(request);
            arrivals.add(
                new Arrival(now, request.getHeaders().get(HttpJsonExporter.BATCH_ID_HEADER), ids));
            if (arrivals.size() == 1) {
              return new MockResponse.Builder()
                  .code(429)
                  .setHeader("Retry-After", "1")
                  .body("slow down")
                  .build();
            }
            return accepted(ids.size());
          }
        });
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  @Test
  void theRetryWaitsTheSecondTheCollectorAskedForAndDeliversEveryRecordOnce() {
    // The default backoff (500 ms ± 50 %) would retry sooner than asked: only an honoured
    // Retry-After keeps the second request a full second after the first.
    DecisionTrace trace =
        shippingTo(server, dir.resolve("spool")).set("decisiontrace.batch.delay", "1h").build();
    recordEpisodes(trace, EPISODES);

    assertTrue(trace.flush(Duration.ofSeconds(8)), "the batch was delivered by the retry");
    trace.close(Duration.ofSeconds(5));

    assertEquals(2, arrivals.size(), arrivals::toString);
    Arrival refused = arrivals.get(0);
    Arrival retried = arrivals.get(1);
    Duration waited = Duration.ofNanos(retried.nanoTime() - refused.nanoTime());
    assertTrue(waited.compareTo(Duration.ofSeconds(1)) >= 0, "retried after only " + waited);
    assertEquals(refused.batchId(), retried.batchId(), "the retry is the same batch");
    assertEquals(refused.recordIds(), retried.recordIds());
    assertEquals(EPISODES, new HashSet<>(retried.recordIds()).size());
    MetricsSnapshot metrics = trace.metrics();
    assertEquals(EPISODES, metrics.recordsExported());
    assertEquals(0, metrics.recordsSpooled());
    assertEquals(0, metrics.droppedTotal());
  }
}
