package dev.decisiontrace.export.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.decisiontrace.export.ExportResult;
import dev.decisiontrace.export.RecordRejection;
import dev.decisiontrace.export.logging.CapturingLogger;
import dev.decisiontrace.internal.http.HttpClients;
import dev.decisiontrace.model.TraceRecord;
import dev.decisiontrace.testing.FakeRetryClock;
import dev.decisiontrace.testing.RequestBodies;
import dev.decisiontrace.testing.TestHttpSettings;
import dev.decisiontrace.wire.RecordJsonEncoder;
import dev.decisiontrace.wire.TestRecords;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A collector answering 413: the batch is split in halves until each part fits. */
class HttpJsonExporterSplitTest {

  private final MockWebServer server = new MockWebServer();
  private final List<String> storedRecordIds = new CopyOnWriteArrayList<>();
  private final Set<String> batchIds = ConcurrentHashMap.newKeySet();
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

  /** A collector that answers 413 to bodies {@code tooLarge} says so of, and stores the rest. */
  private void collectorRefusing(Predicate<List<String>> tooLarge) {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            batchIds.add(request.getHeaders().get("DecisionTrace-Batch-Id"));
            List<String> lines = RequestBodies.text(request).lines().toList();
            if (tooLarge.test(lines)) {
              return new MockResponse.Builder().code(413).body("body too large").build();
            }
            lines.forEach(
                line ->
                    storedRecordIds.add(line.replaceAll(".*\"recordId\":\"([^\"]+)\".*", "$1")));
            return new MockResponse.Builder()
                .code(200)
                .body("{\"accepted\":" + lines.size() + ",\"duplicates\":0,\"rejected\":[]}")
                .build();
          }
        });
  }

  private ExportResult export(List<TraceRecord> batch) {
    TestHttpSettings settings = TestHttpSettings.to(server.url("/v1/records").uri());
    exporter =
        new HttpJsonExporter(
            settings.build(),
            Duration.ofSeconds(30),
            HttpClients.create(settings.build()),
            new FakeRetryClock(Instant.parse("2025-01-06T09:00:00Z")),
            () -> 0.5,
            new CapturingLogger("test"));
    return exporter.export(batch);
  }

  private static List<TraceRecord> episodes(int count) {
    return IntStream.rangeClosed(1, count).<TraceRecord>mapToObj(TestRecords::episode).toList();
  }

  @Test
  void aBatchTooLargeForTheCollectorArrivesInHalvesWithEveryRecordExactlyOnce() {
    collectorRefusing(lines -> lines.size() > 3);
    List<TraceRecord> batch = episodes(10);

    ExportResult result = export(batch);

    assertTrue(result.isSuccess(), result::toString);
    assertEquals(List.of(), result.rejections());
    assertEquals(batch.stream().map(TraceRecord::recordId).toList(), storedRecordIds);
  }

  @Test
  void eachHalfIsABatchOfItsOwn() {
    collectorRefusing(lines -> lines.size() > 2);

    export(episodes(4));

    assertEquals(3, batchIds.size(), batchIds::toString);
  }

  @Test
  void aSingleRecordStillTooLargeIsRejectedWithItsSize() {
    collectorRefusing(lines -> lines.size() > 1 || lines.get(0).contains("\"recordId\":\"rec-3\""));
    List<TraceRecord> batch = episodes(4);
    int lineBytes = new RecordJsonEncoder().encode(batch.get(2)).length + 1;

    ExportResult result = export(batch);

    assertTrue(result.isSuccess(), result::toString);
    assertEquals(
        List.of(new RecordRejection("rec-3", "too large: " + lineBytes + " bytes")),
        result.rejections());
    assertEquals(List.of("rec-1", "rec-2", "rec-4"), storedRecordIds);
  }
}
