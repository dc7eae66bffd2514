package dev.decisiontrace.export.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.decisiontrace.DecisionTrace;
import dev.decisiontrace.Episode;
import dev.decisiontrace.config.ConfigurationException;
import dev.decisiontrace.model.Action;
import dev.decisiontrace.model.Side;
import dev.decisiontrace.testing.RequestBodies;
import dev.decisiontrace.wire.SchemaValidator;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code decisiontrace.exporter=http} chosen through the builder ships recorded episodes. */
class HttpExportEndToEndTest {

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
  void recordedEpisodesArriveAtTheCollector() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .body("{\"accepted\":2,\"duplicates\":0,\"rejected\":[]}")
            .build());
    DecisionTrace trace =
        DecisionTrace.builder()
            .set("decisiontrace.exporter", "http")
            .set("decisiontrace.http.endpoint", server.url("/v1/records").toString())
            .set("decisiontrace.http.token", "e2e-token")
            .set("decisiontrace.shutdown.hook", "false")
            .set("decisiontrace.batch.delay", "1h")
            .build();

    for (String orderId : List.of("ord-1", "ord-2")) {
      try (Episode episode = trace.episode("breakout").instrument("BTC-USD").open()) {
        episode.signal("rsi14", 61.5).action(Action.market(Side.BUY, 0.5, orderId));
      }
    }
    assertTrue(trace.close(Duration.ofSeconds(10)));

    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    List<String> lines = RequestBodies.text(request).lines().toList();
    assertEquals("Bearer e2e-token", request.getHeaders().get("Authorization"));
    assertEquals(2, lines.size());
    for (String line : lines) {
      SchemaValidator.records().assertValid(line);
      assertTrue(line.contains("\"type\":\"episode\""), line);
      assertTrue(line.contains("\"strategy\":{\"name\":\"breakout\"}"), line);
    }
    assertEquals(2, trace.metrics().recordsExported());
  }

  @Test
  void anUnreadableCaFileStopsTheBuild() {
    ConfigurationException e =
        assertThrows(
            ConfigurationException.class,
            () ->
                DecisionTrace.builder()
                    .set("decisiontrace.exporter", "http")
                    .set("decisiontrace.http.tls.ca-file", "/nonexistent/ca.pem")
                    .set("decisiontrace.shutdown.hook", "false")
                    .build());

    assertEquals("decisiontrace.http.tls.ca-file", e.key());
  }
}
