package dev.decisiontrace.export.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.decisiontrace.export.ExportResult;
import dev.decisiontrace.export.logging.CapturingLogger;
import dev.decisiontrace.internal.http.HttpClients;
import dev.decisiontrace.testing.FakeRetryClock;
import dev.decisiontrace.testing.TestHttpSettings;
import dev.decisiontrace.wire.TestRecords;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The token goes to the collector and nowhere else, even when the collector echoes it. */
class HttpJsonExporterSecrecyTest {

  private static final String TOKEN = "dt_live_7f3a9c1e5b";

  private final MockWebServer server = new MockWebServer();
  private final CapturingLogger logger = new CapturingLogger("test");
  private HttpJsonExporter exporter;

  @BeforeEach
  void startServer() throws Exception {
    server.start();
  }

  @AfterEach
  void stop() {
    exporter.shutdown();
    server.close();
  }

  private static String everything(ExportResult result) {
    StringWriter trace = new StringWriter();
    result.failure().printStackTrace(new PrintWriter(trace));
    return result + "\n" + trace;
  }

  @Test
  void theTokenAppearsInNoLogFailureOrDescription() throws Exception {
    TestHttpSettings settings =
        TestHttpSettings.to(server.url("/v1/records").uri()).token(TOKEN).maxAttempts(2);
    exporter =
        new HttpJsonExporter(
            settings.build(),
            Duration.ofSeconds(30),
            HttpClients.create(settings.build()),
            new FakeRetryClock(Instant.parse("2025-01-06T09:00:00Z")),
            () -> 0.5,
            logger);
    String echo = "token Bearer " + TOKEN + " is not valid";
    server.enqueue(new MockResponse.Builder().code(401).body(echo).build());
    server.enqueue(new MockResponse.Builder().code(503).body(echo).build());
    server.enqueue(new MockResponse.Builder().code(503).body(echo).build());
    server.enqueue(new MockResponse.Builder().code(200).body(echo).build());

    List<String> texts = new ArrayList<>();
    ExportResult unauthorized = exporter.export(List.of(TestRecords.episode(1)));
    ExportResult unavailable = exporter.export(List.of(TestRecords.episode(2)));
    ExportResult unreadable = exporter.export(List.of(TestRecords.episode(3)));
    texts.add(everything(unauthorized));
    texts.add(everything(unavailable));
    texts.add(unreadable.toString());
    texts.add(exporter.toString());
    logger.events().forEach(event -> texts.add(event.message() + " " + event.throwable()));

    assertEquals(
        "Bearer " + TOKEN,
        server.takeRequest(5, TimeUnit.SECONDS).getHeaders().get("Authorization"));
    assertEquals(2, logger.events().size(), logger.events()::toString);
    assertTrue(unreadable.isSuccess(), unreadable::toString);
    for (String text : texts) {
      assertFalse(text.contains(TOKEN), text);
    }
    assertTrue(texts.get(0).contains("collector: token Bearer ****** is not valid"), texts.get(0));
  }
}
