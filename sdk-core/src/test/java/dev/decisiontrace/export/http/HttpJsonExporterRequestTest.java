package dev.decisiontrace.export.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.decisiontrace.config.Compression;
import dev.decisiontrace.export.ExportResult;
import dev.decisiontrace.export.logging.CapturingLogger;
import dev.decisiontrace.internal.http.HttpClients;
import dev.decisiontrace.internal.http.SdkVersion;
import dev.decisiontrace.model.TraceRecord;
import dev.decisiontrace.testing.FakeRetryClock;
import dev.decisiontrace.testing.RequestBodies;
import dev.decisiontrace.testing.TestHttpSettings;
import dev.decisiontrace.wire.RecordJsonEncoder;
import dev.decisiontrace.wire.TestRecords;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the http exporter sends: method, path, headers and body of the protocol's request. */
class HttpJsonExporterRequestTest {

  private static final Duration EXPORT_TIMEOUT = Duration.ofSeconds(30);
  private static final List<TraceRecord> BATCH =
      List.of(TestRecords.fullEpisode(), TestRecords.fullOutcome(), TestRecords.fullFeedback());

  private final MockWebServer server = new MockWebServer();
  private HttpJsonExporter exporter;

  @BeforeEach
  void startServer() throws Exception {
    server.start();
  }

  @AfterEach
  void stop() {
    if (exporter != null) {
      exporter.shutdown();
    }
    server.close();
  }

  private HttpJsonExporter exporter(TestHttpSettings settings) {
    exporter =
        new HttpJsonExporter(
            settings.build(),
            EXPORT_TIMEOUT,
            HttpClients.create(settings.build()),
            new FakeRetryClock(Instant.parse("2025-01-06T09:00:00Z")),
            () -> 0.5,
            new CapturingLogger("test"));
    return exporter;
  }

  private TestHttpSettings settings() {
    return TestHttpSettings.to(server.url("/ingest/v1/records").uri());
  }

  private static MockResponse accepted(int records) {
    return new MockResponse.Builder()
        .code(200)
        .body("{\"accepted\":" + records + ",\"duplicates\":0,\"rejected\":[]}")
        .build();
  }

  private RecordedRequest exportAndTake(HttpJsonExporter exporter) throws InterruptedException {
    ExportResult result = exporter.export(BATCH);
    assertTrue(result.isSuccess(), result::toString);
    return server.takeRequest(5, TimeUnit.SECONDS);
  }

  private static String lines(List<TraceRecord> records) {
    RecordJsonEncoder encoder = new RecordJsonEncoder();
    StringBuilder lines = new StringBuilder();
    records.forEach(record -> lines.append(encoder.toJson(record)).append('\n'));
    return lines.toString();
  }

  @Test
  void postsToTheEndpointsPath() throws Exception {
    server.enqueue(accepted(3));

    RecordedRequest request = exportAndTake(exporter(settings()));

    assertEquals("POST", request.getMethod());
    assertEquals("/ingest/v1/records", request.getTarget());
  }

  @Test
  void sendsTheBatchAsGzippedJsonLines() throws Exception {
    server.enqueue(accepted(3));

    RecordedRequest request = exportAndTake(exporter(settings()));

    assertEquals("application/x-ndjson", request.getHeaders().get("Content-Type"));
    assertEquals("gzip", request.getHeaders().get("Content-Encoding"));
    assertEquals(lines(BATCH), RequestBodies.text(request));
  }

  @Test
  void sendsTheLinesUncompressedWhenCompressionIsNone() throws Exception {
    server.enqueue(accepted(3));

    RecordedRequest request = exportAndTake(exporter(settings().compression(Compression.NONE)));

    assertNull(request.getHeaders().get("Content-Encoding"));
    assertEquals(lines(BATCH), request.getBody().utf8());
  }

  @Test
  void sendsTheConfiguredTokenAsABearerToken() throws Exception {
    server.enqueue(accepted(3));

    RecordedRequest request = exportAndTake(exporter(settings().token("t0k3n")));

    assertEquals("Bearer t0k3n", request.getHeaders().get("Authorization"));
  }

  @Test
  void sendsNoAuthorizationWithoutAToken() throws Exception {
    server.enqueue(accepted(3));

    RecordedRequest request = exportAndTake(exporter(settings()));

    assertNull(request.getHeaders().get("Authorization"));
  }

  @Test
  void identifiesItselfAsDecisionTraceJavaWithTheSdkVersion() throws Exception {
    server.enqueue(accepted(3));

    RecordedRequest request = exportAndTake(exporter(settings()));

    assertEquals(
        "decisiontrace-java/" + SdkVersion.VERSION, request.getHeaders().get("User-Agent"));
    assertTrue(SdkVersion.VERSION.matches("\\d+\\.\\d+\\.\\d+.*"), SdkVersion.VERSION);
  }

  @Test
  void keepsTheBatchIdAcrossTheRetriesOfOneBatch() throws Exception {
    server.enqueue(new MockResponse.Builder().code(503).build());
    server.enqueue(accepted(3));

    RecordedRequest first = exportAndTake(exporter(settings()));
    RecordedRequest retry = server.takeRequest(5, TimeUnit.SECONDS);

    String batchId = first.getHeaders().get("DecisionTrace-Batch-Id");
    assertTrue(batchId != null && !batchId.isBlank(), String.valueOf(batchId));
    assertEquals(batchId, retry.getHeaders().get("DecisionTrace-Batch-Id"));
    assertEquals(first.getBody(), retry.getBody());
  }

  @Test
  void givesEachBatchItsOwnId() throws Exception {
    server.enqueue(accepted(3));
    server.enqueue(accepted(3));
    HttpJsonExporter exporter = exporter(settings());

    RecordedRequest first = exportAndTake(exporter);
    RecordedRequest second = exportAndTake(exporter);

    assertNotEquals(
        first.getHeaders().get("DecisionTrace-Batch-Id"),
        second.getHeaders().get("DecisionTrace-Batch-Id"));
  }
}
