package dev.decisiontrace.export.otlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.util.JsonFormat;
import dev.decisiontrace.DecisionTrace;
import dev.decisiontrace.Episode;
import dev.decisiontrace.testing.RequestBodies;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.logs.v1.LogRecord;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code decisiontrace.exporter=otlp} chosen through the builder ships OTLP log records. */
class OtlpExportEndToEndTest {

  private final MockWebServer server = new MockWebServer();

  @BeforeEach
  void startServer() throws Exception {
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  @Test
  void aRecordedEpisodeArrivesAsAnOtlpLogRecord() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
    DecisionTrace trace =
        DecisionTrace.builder()
            .set("decisiontrace.exporter", "otlp")
            .set("decisiontrace.otlp.endpoint", server.url("/v1/logs").toString())
            .set("decisiontrace.otlp.headers", "api-key=k-1")
            .set("decisiontrace.shutdown.hook", "false")
            .build();

    try (Episode episode = trace.episode("mean-reversion").instrument("ETH-USD").open()) {
      episode.signal("zscore", -2.1);
    }
    assertTrue(trace.close(Duration.ofSeconds(10)));

    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    ExportLogsServiceRequest.Builder parsed = ExportLogsServiceRequest.newBuilder();
    JsonFormat.parser().merge(RequestBodies.text(request), parsed);
    LogRecord log = parsed.getResourceLogs(0).getScopeLogs(0).getLogRecords(0);
    assertEquals("k-1", request.getHeaders().get("api-key"));
    assertEquals("decisiontrace.episode", log.getEventName());
    assertTrue(
        log.getBody().getStringValue().contains("\"strategy\":{\"name\":\"mean-reversion\"}"),
        log.getBody().getStringValue());
  }
}
