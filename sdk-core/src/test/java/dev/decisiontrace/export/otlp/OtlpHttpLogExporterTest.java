package dev.decisiontrace.export.otlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.decisiontrace.config.Compression;
import dev.decisiontrace.config.ConfigurationException;
import dev.decisiontrace.config.OtlpSettings;
import dev.decisiontrace.export.ExportResult;
import dev.decisiontrace.export.RecordRejection;
import dev.decisiontrace.export.logging.CapturingLogger;
import dev.decisiontrace.internal.http.HttpClients;
import dev.decisiontrace.model.TraceRecord;
import dev.decisiontrace.testing.FakeRetryClock;
import dev.decisiontrace.testing.RequestBodies;
import dev.decisiontrace.testing.TestHttpSettings;
import dev.decisiontrace.wire.TestRecords;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.event.Level;

/** What the OTLP exporter sends and how it reads an OTLP/HTTP receiver's answers. */
class OtlpHttpLogExporterTest {

  private static final List<TraceRecord> BATCH =
      List.of(TestRecords.fullEpisode(), TestRecords.fullOutcome());

  private final MockWebServer server = new MockWebServer();
  private final CapturingLogger logger = new CapturingLogger("test");
  private final FakeRetryClock clock = new FakeRetryClock(Instant.parse("2025-01-06T09:00:00Z"));
  private OtlpHttpLogExporter exporter;

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

  private OtlpHttpLogExporter exporter(String headers, TestHttpSettings http) {
    exporter =
        new OtlpHttpLogExporter(
            new OtlpSettings(server.url("/v1/logs").uri(), headers),
            http.build(),
            Duration.ofSeconds(30),
            HttpClients.create(http.build()),
            clock,
            () -> 0.5,
            logger);
    return exporter;
  }

  private OtlpHttpLogExporter exporter(String headers) {
    return exporter(headers, TestHttpSettings.to(server.url("/v1/records").uri()));
  }

  private static MockResponse answer(int code, String body) {
    return new MockResponse.Builder().code(code).body(body).build();
  }

  private String endpoint() {
    return "http://" + server.getHostName() + ":" + server.getPort() + "/v1/logs";
  }

  @Test
  void postsGzippedJsonToTheLogsEndpoint() throws Exception {
    server.enqueue(answer(200, "{}"));

    ExportResult result = exporter("").export(BATCH);
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);

    assertTrue(result.isSuccess(), result::toString);
    assertEquals("POST", request.getMethod());
    assertEquals("/v1/logs", request.getTarget());
    assertEquals("application/json", request.getHeaders().get("Content-Type"));
    assertEquals("gzip", request.getHeaders().get("Content-Encoding"));
    assertTrue(RequestBodies.text(request).startsWith("{\"resourceLogs\":["));
  }

  @Test
  void sendsTheBodyUncompressedWhenCompressionIsNone() throws Exception {
    server.enqueue(answer(200, "{}"));

    exporter("", TestHttpSettings.to(server.url("/").uri()).compression(Compression.NONE))
        .export(BATCH);
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);

    assertNull(request.getHeaders().get("Content-Encoding"));
    assertTrue(request.getBody().utf8().startsWith("{\"resourceLogs\":["));
  }

  @Test
  void sendsTheConfiguredHeadersButNotTheHttpExportersToken() throws Exception {
    server.enqueue(answer(200, "{}"));

    exporter(
            "api-key=k-123, X-Tenant=desk%207",
            TestHttpSettings.to(server.url("/").uri()).token("t"))
        .export(BATCH);
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);

    assertEquals("k-123", request.getHeaders().get("api-key"));
    assertEquals("desk 7", request.getHeaders().get("X-Tenant"));
    assertNull(request.getHeaders().get("Authorization"));
  }

  @Test
  void aFullSuccessWithAnEmptyBodyDeliversTheBatchQuietly() {
    server.enqueue(answer(200, ""));

    ExportResult result = exporter("").export(BATCH);

    assertTrue(result.isSuccess(), result::toString);
    assertEquals(List.of(), result.rejections());
    assertEquals(List.of(), logger.events());
  }

  @Test
  void aPartialSuccessCountsTheRefusedLogRecordsWithoutIds() {
    server.enqueue(
        answer(
            200,
            "{\"partialSuccess\":{\"rejectedLogRecords\":\"1\",\"errorMessage\":\"body too"
                + " long\"}}"));

    ExportResult result = exporter("").export(BATCH);

    assertTrue(result.isSuccess(), result::toString);
    assertEquals(
        List.of(
            new RecordRejection(
                null,
                "refused by the OTLP receiver, which does not say which records: body too long")),
        result.rejections());
  }

  @Test
  void aPartialSuccessIsLoggedOnce() {
    String partial = "{\"partialSuccess\":{\"rejectedLogRecords\":2,\"errorMessage\":\"quota\"}}";
    server.enqueue(answer(200, partial));
    server.enqueue(answer(200, partial));
    OtlpHttpLogExporter exporter = exporter("");

    exporter.export(BATCH);
    exporter.export(BATCH);

    assertEquals(
        List.of(
            "OTLP receiver "
                + endpoint()
                + " refused 2 of 2 log records (quota); OTLP does not say which, so the refusals"
                + " are counted without record ids. Logged once."),
        logger.messages(Level.WARN));
  }

  @Test
  void a400FailsForGoodWithTheReceiversReason() {
    server.enqueue(answer(400, "{\"code\":3,\"message\":\"bad timeUnixNano\"}"));

    ExportResult result = exporter("").export(BATCH);

    assertFalse(result.isSuccess());
    assertFalse(result.isRetryable());
    assertEquals(
        "OTLP receiver "
            + endpoint()
            + " refused 2 log records with HTTP 400; not retried (receiver:"
            + " {\"code\":3,\"message\":\"bad timeUnixNano\"})",
        result.failure().getMessage());
    assertEquals(1, server.getRequestCount());
  }

  @ParameterizedTest
  @ValueSource(ints = {429, 502, 503, 504})
  void theStatusesOtlpCallsRetryableAreRetriedAfterTheBackoff(int code) {
    server.enqueue(answer(code, ""));
    server.enqueue(answer(200, "{}"));

    ExportResult result = exporter("").export(BATCH);

    assertTrue(result.isSuccess(), result::toString);
    assertEquals(2, server.getRequestCount());
    assertEquals(List.of(Duration.ofMillis(500)), clock.sleeps());
  }

  @Test
  void aRetryAfterIsHonoured() {
    server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "3").build());
    server.enqueue(answer(200, "{}"));

    exporter("").export(BATCH);

    assertEquals(List.of(Duration.ofSeconds(3)), clock.sleeps());
  }

  @Test
  void a500IsNotRetriedBecauseOtlpSaysSo() {
    server.enqueue(answer(500, "oops"));

    ExportResult result = exporter("").export(BATCH);

    assertFalse(result.isRetryable());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void anUnreachableReceiverFailsRetryablyAfterTheLastAttempt() {
    for (int i = 0; i < 2; i++) {
      server.enqueue(answer(503, ""));
    }

    ExportResult result =
        exporter("", TestHttpSettings.to(server.url("/").uri()).maxAttempts(2)).export(BATCH);

    assertTrue(result.isRetryable(), result::toString);
    assertEquals(
        endpoint() + ": not delivered after 2 attempts; last: HTTP 503 (no reason given)",
        result.failure().getMessage());
  }

  @Test
  void headerValuesAppearInNoFailureLogOrDescription() {
    server.enqueue(answer(401, "api-key k-secret-9 is revoked"));

    OtlpHttpLogExporter exporter = exporter("api-key=k-secret-9");
    ExportResult result = exporter.export(BATCH);

    assertTrue(result.failure().getMessage().endsWith("(receiver: api-key ****** is revoked)"));
    assertFalse(exporter.toString().contains("k-secret-9"), exporter.toString());
    logger.events().forEach(event -> assertFalse(event.message().contains("k-secret-9")));
  }

  @Test
  void invalidHeadersAreAConfigurationError() {
    ConfigurationException e = assertThrows(ConfigurationException.class, () -> exporter("oops"));

    assertEquals("decisiontrace.otlp.headers", e.key());
  }

  @Test
  void anEmptyBatchSucceedsWithoutARequest() {
    ExportResult result = exporter("").export(List.of());

    assertTrue(result.isSuccess(), result::toString);
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void aBatchHoldingNullFailsForGood() {
    ExportResult result = exporter("").export(Arrays.asList(TestRecords.fullEpisode(), null));

    assertFalse(result.isRetryable());
    assertInstanceOf(NullPointerException.class, result.failure());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void afterShutdownExportsFailWithoutSending() {
    OtlpHttpLogExporter exporter = exporter("");
    exporter.shutdown();

    ExportResult result = exporter.export(BATCH);

    assertInstanceOf(IllegalStateException.class, result.failure());
    assertEquals(0, server.getRequestCount());
  }
}
