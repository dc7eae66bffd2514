package dev.decisiontrace.faults;

import static dev.decisiontrace.faults.FaultFixtures.accepted;
import static dev.decisiontrace.faults.FaultFixtures.recordEpisodes;
import static dev.decisiontrace.faults.FaultFixtures.recordIds;
import static dev.decisiontrace.faults.FaultFixtures.shippingTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.decisiontrace.DecisionTrace;
import dev.decisiontrace.metrics.MetricsSnapshot;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
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

/** A collector refusing the configured token (401), through a real DecisionTrace instance. */
class WrongTokenTest {

  private static final String WRONG_TOKEN = "dt_live_wrong_4e9b17c2";
  private static final String RIGHT_TOKEN = "dt_live_right_0a5d63f8";
  private static final int EPISODES = 30;
  private static final int BATCH = 10;

  private final MockWebServer server = new MockWebServer();
  private final List<String> stored = new CopyOnWriteArrayList<>();
  private final CountDownLatch allStored = new CountDownLatch(EPISODES);

  @TempDir Path dir;

  @BeforeEach
  void startServer() throws Exception {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            String authorization = request.getHeaders().get("Authorization");
            if (!("Bearer " + RIGHT_TOKEN).equals(authorization)) {
              // Echoing what it was sent, as some servers do: the SDK must mask it when it logs.
              return new MockResponse.Builder()
                  .code(401)
                  .body("not a valid token: " + authorization)
                  .build();
            }
            List<String> ids = recordIds(request);
            stored.addAll(ids);
            ids.forEach(id -> allStored.countDown());
            return accepted(ids.size());
          }
        });
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  private DecisionTrace trace(String token) {
    // Five attempts allowed, so a retried 401 would show as more requests than exports.
    return shippingTo(server, dir.resolve("spool"))
        .set("decisiontrace.http.token", token)
        .set("decisiontrace.http.max-attempts", "5")
        .set("decisiontrace.http.initial-backoff", "10ms")
        .batchMaxSize(BATCH)
        .set("decisiontrace.batch.delay", "1h")
        .build();
  }

  @Test
  void aRefusedTokenKeepsEveryRecordInTheSpoolWithOneRequestPerExport() {
    DecisionTrace trace = trace(WRONG_TOKEN);
    recordEpisodes(trace, EPISODES);

    assertFalse(trace.flush(Duration.ofSeconds(8)), "nothing could be delivered");
    trace.close(Duration.ofSeconds(5));

    MetricsSnapshot metrics = trace.metrics();
    assertEquals(EPISODES, metrics.recordsRecorded());
    assertEquals(EPISODES, metrics.recordsSpooled());
    assertTrue(metrics.spoolBytes() > 0);
    assertEquals(0, metrics.recordsExported());
    assertEquals(0, metrics.droppedTotal(), metrics.dropped()::toString);
    assertTrue(metrics.exportErrors() > 0);
    assertEquals(metrics.exportErrors(), server.getRequestCount(), "no export retried the 401");
  }

  @Test
  void theErrorNamesTheTokenSettingAndNeverTheToken() {
    // The refusal is logged by the exporter and again by the export thread when it spools the
    // batch, each through its own logger; capturing slf4j-simple's System.err sees both, with the
    // exporter built from configuration as users build it. The injectable logger of
    // HttpJsonExporter would see only the first.
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      DecisionTrace trace = trace(WRONG_TOKEN);
      recordEpisodes(trace, EPISODES);
      trace.flush(Duration.ofSeconds(8));
      trace.close(Duration.ofSeconds(5));
    } finally {
      System.setErr(original);
    }

    String log = captured.toString(StandardCharsets.UTF_8);
    assertTrue(
        log.lines()
            .anyMatch(
                line ->
                    line.contains("ERROR")
                        && line.contains("HTTP 401")
                        && line.contains("decisiontrace.http.token")),
        log);
    assertFalse(log.contains(WRONG_TOKEN), log);
  }

  @Test
  void onceTheTokenIsFixedTheNextStartDeliversEverythingTheRefusedOneSpooled() throws Exception {
    DecisionTrace refused = trace(WRONG_TOKEN);
    recordEpisodes(refused, EPISODES);
    refused.close(Duration.ofSeconds(5));
    assertEquals(EPISODES, refused.metrics().recordsSpooled());

    DecisionTrace fixed = trace(RIGHT_TOKEN);

    assertTrue(allStored.await(8, TimeUnit.SECONDS), "stored " + stored.size());
    fixed.close(Duration.ofSeconds(5));
    assertEquals(EPISODES, stored.stream().distinct().count());
    assertEquals(EPISODES, fixed.metrics().recordsExported());
    assertEquals(0, fixed.metrics().spoolBytes());
  }
}
