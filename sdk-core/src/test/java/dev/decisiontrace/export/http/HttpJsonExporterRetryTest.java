package dev.decisiontrace.export.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.decisiontrace.export.ExportResult;
import dev.decisiontrace.export.logging.CapturingLogger;
import dev.decisiontrace.internal.http.HttpClients;
import dev.decisiontrace.model.TraceRecord;
import dev.decisiontrace.testing.FakeRetryClock;
import dev.decisiontrace.testing.TestHttpSettings;
import dev.decisiontrace.wire.TestRecords;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.DoubleSupplier;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How long the exporter waits between attempts, read from an injected clock whose sleeps return at
 * once: Retry-After, backoff with jitter, and the export timeout.
 */
class HttpJsonExporterRetryTest {

  private static final Instant NOW = Instant.parse("2025-01-06T09:00:00Z");
  private static final List<TraceRecord> BATCH = List.of(TestRecords.episode(1));
  private static final String OK = "{\"accepted\":1,\"duplicates\":0,\"rejected\":[]}";

  private final MockWebServer server = new MockWebServer();
  private final FakeRetryClock clock = new FakeRetryClock(NOW);
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

  private HttpJsonExporter exporter(
      TestHttpSettings settings, Duration exportTimeout, DoubleSupplier jitter) {
    exporter =
        new HttpJsonExporter(
            settings.build(),
            exportTimeout,
            HttpClients.create(settings.build()),
            clock,
            jitter,
            new CapturingLogger("test"));
    return exporter;
  }

  private HttpJsonExporter exporter() {
    return exporter(settings(), Duration.ofSeconds(30), () -> 0.5);
  }

  private TestHttpSettings settings() {
    return TestHttpSettings.to(server.url("/v1/records").uri());
  }

  private void enqueue(int code, String retryAfter) {
    server.enqueue(
        new MockResponse.Builder().code(code).setHeader("Retry-After", retryAfter).build());
  }

  private void enqueueOk() {
    server.enqueue(new MockResponse.Builder().code(200).body(OK).build());
  }

  @Test
  void aRetryAfterInSecondsIsWaitedAsAsked() {
    enqueue(429, "7");
    enqueueOk();

    ExportResult result = exporter().export(BATCH);

    assertTrue(result.isSuccess(), result::toString);
    assertEquals(List.of(Duration.ofSeconds(7)), clock.sleeps());
  }

  @Test
  void aRetryAfterDateIsWaitedUntil() {
    enqueue(
        503,
        DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.plusSeconds(12).atOffset(ZoneOffset.UTC)));
    enqueueOk();

    ExportResult result = exporter().export(BATCH);

    assertTrue(result.isSuccess(), result::toString);
    assertEquals(List.of(Duration.ofSeconds(12)), clock.sleeps());
  }

  @Test
  void aRetryAfterLongerThanTheMaximumBackoffIsCappedAtIt() {
    enqueue(503, "3600");
    enqueueOk();

    ExportResult result =
        exporter(
                settings().backoff(Duration.ofMillis(500), Duration.ofSeconds(20)),
                Duration.ofMinutes(5),
                () -> 0.5)
            .export(BATCH);

    assertTrue(result.isSuccess(), result::toString);
    assertEquals(List.of(Duration.ofSeconds(20)), clock.sleeps());
  }

  @Test
  void aRetryAfterThatCannotBeReadFallsBackToTheBackoff() {
    enqueue(429, "soon");
    enqueueOk();

    exporter().export(BATCH);

    assertEquals(List.of(Duration.ofMillis(500)), clock.sleeps());
  }

  @Test
  void aRetryAfterOnAGatewayFailureIsNotWhatTheProtocolHonours() {
    enqueue(502, "9");
    enqueueOk();

    exporter().export(BATCH);

    assertEquals(List.of(Duration.ofMillis(500)), clock.sleeps());
  }

  @Test
  void theBackoffDoublesAfterEachFailedAttempt() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse.Builder().code(500).build());
    }
    enqueueOk();

    ExportResult result = exporter().export(BATCH);

    assertTrue(result.isSuccess(), result::toString);
    assertEquals(
        List.of(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2)),
        clock.sleeps());
  }

  @Test
  void theJitterSpreadsEachWaitBetweenHalfAndOneAndAHalfTimesTheBackoff() {
    server.enqueue(new MockResponse.Builder().code(500).build());
    server.enqueue(new MockResponse.Builder().code(500).build());
    enqueueOk();
    double[] jitter = {0.0, 0.99};
    int[] next = {0};

    exporter(settings(), Duration.ofSeconds(30), () -> jitter[next[0]++]).export(BATCH);

    assertEquals(List.of(Duration.ofMillis(250), Duration.ofMillis(1490)), clock.sleeps());
  }

  @Test
  void noWaitThatWouldPassTheExportTimeoutIsStarted() {
    server.enqueue(new MockResponse.Builder().code(503).build());
    server.enqueue(new MockResponse.Builder().code(503).build());
    enqueueOk();

    ExportResult result =
        exporter(
                settings().backoff(Duration.ofSeconds(4), Duration.ofSeconds(30)),
                Duration.ofSeconds(10),
                () -> 0.5)
            .export(BATCH);

    assertTrue(result.isRetryable(), result::toString);
    assertEquals(
        "http://"
            + server.getHostName()
            + ":"
            + server.getPort()
            + "/v1/records: not delivered after"
            + " 2 attempts; waiting 8000 ms to retry would pass the export timeout; last: HTTP 503"
            + " (no reason given)",
        result.failure().getMessage());
    assertEquals(List.of(Duration.ofSeconds(4)), clock.sleeps());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void theExportTimeoutKeepsAMarginForTheSdkToReceiveTheResult() {
    server.enqueue(new MockResponse.Builder().code(503).build());
    enqueueOk();

    ExportResult result =
        exporter(
                settings().backoff(Duration.ofMillis(9_500), Duration.ofSeconds(30)),
                Duration.ofSeconds(10),
                () -> 0.5)
            .export(BATCH);

    assertTrue(result.isRetryable(), result::toString);
    assertEquals(List.of(), clock.sleeps());
  }
}
