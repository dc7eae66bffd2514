package dev.decisiontrace.export.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.decisiontrace.export.ExportResult;
import dev.decisiontrace.export.logging.CapturingLogger;
import dev.decisiontrace.internal.http.HttpClients;
import dev.decisiontrace.testing.FakeRetryClock;
import dev.decisiontrace.testing.TestHttpSettings;
import dev.decisiontrace.wire.TestRecords;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Overlapping exports, shutdown, and what shutdown releases. */
class HttpJsonExporterLifecycleTest {

  private static final String OK = "{\"accepted\":1,\"duplicates\":0,\"rejected\":[]}";

  private final MockWebServer server = new MockWebServer();
  private final ExecutorService background = Executors.newSingleThreadExecutor();
  private OkHttpClient client;
  private HttpJsonExporter exporter;

  @BeforeEach
  void start() throws Exception {
    server.start();
    TestHttpSettings settings = TestHttpSettings.to(server.url("/v1/records").uri());
    client = HttpClients.create(settings.build());
    exporter =
        new HttpJsonExporter(
            settings.build(),
            Duration.ofSeconds(30),
            client,
            new FakeRetryClock(Instant.parse("2025-01-06T09:00:00Z")),
            () -> 0.5,
            new CapturingLogger("test"));
  }

  @AfterEach
  void stop() {
    exporter.shutdown();
    background.shutdownNow();
    server.close();
  }

  @Test
  void anExportStartedWhileAnEarlierOneAwaitsItsAnswerIsDeliveredOnItsOwn() throws Exception {
    CountDownLatch firstArrived = new CountDownLatch(1);
    CountDownLatch secondAnswered = new CountDownLatch(1);
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            if (request.getExchangeIndex() == 0 && request.getConnectionIndex() == 0) {
              firstArrived.countDown();
              secondAnswered.await(5, TimeUnit.SECONDS);
            }
            return new MockResponse.Builder().code(200).body(OK).build();
          }
        });

    Future<ExportResult> first =
        background.submit(() -> exporter.export(List.of(TestRecords.episode(1))));
    assertTrue(firstArrived.await(5, TimeUnit.SECONDS));
    ExportResult second = exporter.export(List.of(TestRecords.episode(2)));
    secondAnswered.countDown();

    assertTrue(second.isSuccess(), second::toString);
    assertTrue(first.get(5, TimeUnit.SECONDS).isSuccess());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void anExportInFlightWhenTheExporterShutsDownFailsRetryably() throws Exception {
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());

    Future<ExportResult> export =
        background.submit(() -> exporter.export(List.of(TestRecords.episode(1))));
    server.takeRequest(5, TimeUnit.SECONDS);
    exporter.shutdown();

    ExportResult result = export.get(5, TimeUnit.SECONDS);
    assertTrue(result.isRetryable(), result::toString);
  }

  @Test
  void afterShutdownExportsFailWithoutSending() {
    exporter.shutdown();

    ExportResult result = exporter.export(List.of(TestRecords.episode(1)));

    assertFalse(result.isSuccess());
    assertInstanceOf(IllegalStateException.class, result.failure());
    assertEquals("exporter is shut down: http", result.failure().getMessage());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void shutdownReleasesThePooledConnectionsAndTheDispatcherThreads() {
    server.enqueue(new MockResponse.Builder().code(200).body(OK).build());
    exporter.export(List.of(TestRecords.episode(1)));
    assertEquals(1, client.connectionPool().connectionCount());

    ExportResult result = exporter.shutdown();

    assertTrue(result.isSuccess(), result::toString);
    assertEquals(0, client.connectionPool().connectionCount());
    assertTrue(client.dispatcher().executorService().isShutdown());
  }

  @Test
  void anEmptyBatchSucceedsWithoutARequest() {
    ExportResult result = exporter.export(List.of());

    assertTrue(result.isSuccess(), result::toString);
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void aBatchHoldingNullFailsForGood() {
    ExportResult result = exporter.export(Arrays.asList(TestRecords.episode(1), null));

    assertFalse(result.isSuccess());
    assertFalse(result.isRetryable());
    assertInstanceOf(NullPointerException.class, result.failure());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void flushSucceedsAtOnceBecauseNothingIsBuffered() {
    assertTrue(exporter.flush().isSuccess());
  }
}
