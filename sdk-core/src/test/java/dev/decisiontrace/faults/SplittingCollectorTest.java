package dev.decisiontrace.faults;

import static dev.decisiontrace.faults.FaultFixtures.accepted;
import static dev.decisiontrace.faults.FaultFixtures.recordEpisodes;
import static dev.decisiontrace.faults.FaultFixtures.recordIds;
import static dev.decisiontrace.faults.FaultFixtures.shippingTo;
import static dev.decisiontrace.faults.FaultFixtures.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.decisiontrace.DecisionTrace;
import dev.decisiontrace.metrics.MetricsSnapshot;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A collector answering 413 to large bodies, through a real DecisionTrace instance. */
class SplittingCollectorTest {

  private static final int EPISODES = 20;
  private static final int MAX_LINES = 3;

  private final MockWebServer server = new MockWebServer();
  private final List<String> firstBatch = new CopyOnWriteArrayList<>();
  private final List<String> stored = new CopyOnWriteArrayList<>();
  private final AtomicInteger tooLarge = new AtomicInteger();

  @TempDir Path dir;

  @BeforeEach
  void startServer() throws Exception {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            List<String> ids = recordIds(request);
            if (firstBatch.isEmpty()) {
              firstBatch.addAll(ids);
            }
            if (ids.size() > MAX_LINES) {
              tooLarge.incrementAndGet();
              return status(413);
            }
            stored.addAll(ids);
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
  void aBatchTooLargeForTheCollectorArrivesInPartsWithEveryRecordExactlyOnce() {
    DecisionTrace trace =
        shippingTo(server, dir.resolve("spool"))
            .batchMaxSize(EPISODES)
            .set("decisiontrace.batch.delay", "1h")
            .build();
    recordEpisodes(trace, EPISODES);

    assertTrue(trace.flush(Duration.ofSeconds(8)), "every part was delivered");
    trace.close(Duration.ofSeconds(5));

    assertEquals(EPISODES, firstBatch.size(), "the records went out as one batch first");
    assertTrue(tooLarge.get() > 1, "the halves were split again: " + tooLarge.get());
    assertEquals(firstBatch.stream().sorted().toList(), stored.stream().sorted().toList());
    assertEquals(EPISODES, stored.stream().distinct().count(), "no record stored twice");
    MetricsSnapshot metrics = trace.metrics();
    assertEquals(EPISODES, metrics.recordsExported());
    assertEquals(0, metrics.droppedTotal());
    assertEquals(0, metrics.recordsSpooled());
  }
}
