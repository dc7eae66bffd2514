package dev.decisiontrace.export.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.decisiontrace.export.ExportResult;
import dev.decisiontrace.export.RecordRejection;
import dev.decisiontrace.export.logging.CapturingLogger;
import dev.decisiontrace.internal.http.HttpClients;
import dev.decisiontrace.model.TraceRecord;
import dev.decisiontrace.testing.FakeRetryClock;
import dev.decisiontrace.testing.TestHttpSettings;
import dev.decisiontrace.wire.TestRecords;
import java.net.ConnectException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.event.Level;

/** Each row of the protocol's status table: what the exporter does with each answer. */
class HttpJsonExporterAnswersTest {

  private static final List<TraceRecord> BATCH =
      IntStream.rangeClosed(1, 3).<TraceRecord>mapToObj(TestRecords::episode).toList();

  private final MockWebServer server = new MockWebServer();
  private final CapturingLogger logger = new CapturingLogger("test");
  private final FakeRetryClock clock = new FakeRetryClock(Instant.parse("2025-01-06T09:00:00Z"));
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
            Duration.ofSeconds(30),
            HttpClients.create(settings.build()),
            clock,
            () -> 0.5,
            logger);
    return exporter;
  }

  private HttpJsonExporter exporter() {
    return exporter(TestHttpSettings.to(server.url("/v1/records").uri()));
  }

  private static MockResponse answer(int code, String body) {
    return new MockResponse.Builder().code(code).body(body).build();
  }

  private String endpoint() {
    return "http://" + server.getHostName() + ":" + server.getPort() + "/v1/records";
  }

  @Test
  void a200DeliversTheBatch() {
    server.enqueue(answer(200, "{\"accepted\":3,\"duplicates\":0,\"rejected\":[]}"));

    ExportResult result = exporter().export(BATCH);

    assertTrue(result.isSuccess(), result::toString);
    assertEquals(List.of(), result.rejections());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void duplicatesCountAsDelivered() {
    server.enqueue(answer(200, "{\"accepted\":1,\"duplicates\":2,\"rejected\":[]}"));

    ExportResult result = exporter().export(BATCH);

    assertTrue(result.isSuccess(), result::toString);
    assertEquals(List.of(), result.rejections());
  }

  @Test
  void recordsThe200ListsAsRejectedAreReportedWithTheirIdsAndReasons() {
    server.enqueue(
        answer(
            200,
            "{\"accepted\":1,\"duplicates\":0,\"rejected\":["
                + "{\"recordId\":\"rec-1\",\"line\":1,\"reason\":\"schema: $.mode: not allowed\"},"
                + "{\"recordId\":\"rec-3\",\"line\":3,\"reason\":\"schema: $.thesis: too long\"}]}"));

    ExportResult result = exporter().export(BATCH);

    assertTrue(result.isSuccess(), result::toString);
    assertEquals(
        List.of(
            new RecordRejection("rec-1", "schema: $.mode: not allowed"),
            new RecordRejection("rec-3", "schema: $.thesis: too long")),
        result.rejections());
  }

  @Test
  void aRejectionWithoutARecordIdIsMatchedToTheRecordOnItsLine() {
    server.enqueue(
        answer(
            200,
            "{\"accepted\":2,\"duplicates\":0,\"rejected\":"
                + "[{\"recordId\":null,\"line\":2,\"reason\":\"not JSON\"}]}"));

    ExportResult result = exporter().export(BATCH);

    assertEquals(List.of(new RecordRejection("rec-2", "not JSON")), result.rejections());
  }

  @Test
  void a200WhoseBodyIsNotTheProtocolsJsonCountsAsDeliveredAndIsLoggedOnce() {
    server.enqueue(answer(200, "OK"));
    server.enqueue(answer(200, "<html>stored</html>"));
    HttpJsonExporter exporter = exporter();

    ExportResult first = exporter.export(BATCH);
    ExportResult second = exporter.export(BATCH);

    assertTrue(first.isSuccess(), first::toString);
    assertTrue(second.isSuccess(), second::toString);
    List<String> warnings = logger.messages(Level.WARN);
    assertEquals(1, warnings.size(), warnings::toString);
    assertTrue(
        warnings
            .get(0)
            .startsWith("Collector " + endpoint() + " answered 200 with a body that is not"),
        warnings.get(0));
  }

  @Test
  void a400FailsForGoodWithTheCollectorsReasonAndIsNotRetried() {
    server.enqueue(answer(400, "{\"reason\":\"body is not gzip\"}"));

    ExportResult result = exporter().export(BATCH);

    assertTrue(result.isDone());
    assertFalse(result.isSuccess());
    assertFalse(result.isRetryable());
    assertEquals(
        endpoint()
            + " refused a batch of 3 records with HTTP 400; not retried (collector:"
            + " {\"reason\":\"body is not gzip\"})",
        result.failure().getMessage());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void a401IsNotRetriedButKeptForTheSpoolAsAProblemWithTheConfiguredToken() {
    server.enqueue(answer(401, "invalid token"));

    ExportResult result =
        exporter(TestHttpSettings.to(server.url("/v1/records").uri()).token("expired"))
            .export(BATCH);

    assertTrue(result.isRetryable());
    assertEquals(
        endpoint()
            + " refused a batch of 3 records with HTTP 401: it does not accept the configured"
            + " token, a configuration problem with decisiontrace.http.token; kept for the spool,"
            + " not retried until it is fixed (collector: invalid token)",
        result.failure().getMessage());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void a401WithoutATokenSaysNoneIsConfigured() {
    server.enqueue(answer(401, ""));

    ExportResult result = exporter().export(BATCH);

    assertTrue(
        result.failure().getMessage().contains("HTTP 401: no token is configured,"),
        result.failure().getMessage());
  }

  @Test
  void a401IsLoggedOnceAsAConfigurationError() {
    server.enqueue(answer(401, "invalid token"));
    server.enqueue(answer(401, "invalid token"));
    HttpJsonExporter exporter = exporter();

    exporter.export(BATCH);
    exporter.export(BATCH);

    List<String> errors = logger.messages(Level.ERROR);
    assertEquals(1, errors.size(), errors::toString);
    assertTrue(
        errors.get(0).contains("a configuration problem with decisiontrace.http.token"),
        errors.get(0));
  }

  @Test
  void a403IsNotRetriedButKeptForTheSpool() {
    server.enqueue(answer(403, "read-only token"));

    ExportResult result = exporter().export(BATCH);

    assertTrue(result.isRetryable());
    assertEquals(
        endpoint()
            + " refused a batch of 3 records with HTTP 403: the token may not write here; kept for"
            + " the spool, not retried until it is fixed (collector: read-only token)",
        result.failure().getMessage());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void aStatusTheProtocolDoesNotListFailsForGoodNamingIt() {
    server.enqueue(answer(404, "no such path"));

    ExportResult result = exporter().export(BATCH);

    assertFalse(result.isRetryable());
    assertEquals(
        endpoint()
            + " refused a batch of 3 records with HTTP 404; not retried (collector: no such path)",
        result.failure().getMessage());
  }

  @Test
  void aRedirectIsNotFollowed() {
    server.enqueue(
        new MockResponse.Builder().code(308).setHeader("Location", "https://elsewhere/").build());

    ExportResult result = exporter().export(BATCH);

    assertFalse(result.isSuccess());
    assertTrue(
        result.failure().getMessage().contains("with HTTP 308"), result.failure().getMessage());
    assertEquals(1, server.getRequestCount());
  }

  @ParameterizedTest
  @ValueSource(ints = {429, 500, 502, 503, 504})
  void anOverloadedOrFailingCollectorIsAskedAgainAfterTheBackoff(int code) {
    server.enqueue(answer(code, "try later"));
    server.enqueue(answer(200, "{\"accepted\":3,\"duplicates\":0,\"rejected\":[]}"));

    ExportResult result = exporter().export(BATCH);

    assertTrue(result.isSuccess(), result::toString);
    assertEquals(2, server.getRequestCount());
    assertEquals(List.of(Duration.ofMillis(500)), clock.sleeps());
  }

  @Test
  void aConnectionResetIsRetried() {
    server.enqueue(
        new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    server.enqueue(answer(200, "{\"accepted\":3,\"duplicates\":0,\"rejected\":[]}"));

    ExportResult result = exporter().export(BATCH);

    assertTrue(result.isSuccess(), result::toString);
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void anAnswerSlowerThanTheReadTimeoutIsRetried() {
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
    server.enqueue(answer(200, "{\"accepted\":3,\"duplicates\":0,\"rejected\":[]}"));

    ExportResult result =
        exporter(
                TestHttpSettings.to(server.url("/v1/records").uri())
                    .readTimeout(Duration.ofMillis(100)))
            .export(BATCH);

    assertTrue(result.isSuccess(), result::toString);
    assertEquals(2, server.getRequestCount());
    assertEquals(List.of(Duration.ofMillis(500)), clock.sleeps());
  }

  @Test
  void aCollectorThatRefusesConnectionsFailsRetryablyAfterTheLastAttempt() {
    String endpoint = endpoint();
    server.close();

    ExportResult result =
        exporter(TestHttpSettings.to(URI.create(endpoint)).maxAttempts(3)).export(BATCH);

    assertTrue(result.isRetryable(), result::toString);
    assertTrue(
        result
            .failure()
            .getMessage()
            .startsWith(
                endpoint
                    + ": not delivered after 3 attempts; last: "
                    + "java.net.ConnectException: Failed to connect to"),
        result.failure().getMessage());
    assertInstanceOf(ConnectException.class, result.failure().getCause());
    assertEquals(List.of(Duration.ofMillis(500), Duration.ofSeconds(1)), clock.sleeps());
  }

  @Test
  void aCollectorStillFailingAtTheLastAttemptFailsRetryably() {
    for (int i = 0; i < 5; i++) {
      server.enqueue(answer(503, "maintenance"));
    }

    ExportResult result = exporter().export(BATCH);

    assertTrue(result.isRetryable(), result::toString);
    assertEquals(
        endpoint() + ": not delivered after 5 attempts; last: HTTP 503 (maintenance)",
        result.failure().getMessage());
    assertEquals(5, server.getRequestCount());
    assertEquals(
        List.of(
            Duration.ofMillis(500),
            Duration.ofSeconds(1),
            Duration.ofSeconds(2),
            Duration.ofSeconds(4)),
        clock.sleeps());
  }
}
