package dev.decisiontrace.examples.collector.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.decisiontrace.examples.collector.support.TestCollector;
import dev.decisiontrace.examples.collector.support.WireLines;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BodyLimitTest {

  private static final int MAX_BODY_BYTES = 64 * 1024;
  private static final String AUTH = "Bearer " + TestCollector.TOKEN;

  @TempDir Path dir;
  private TestCollector collector;

  @BeforeEach
  void start() throws Exception {
    collector = TestCollector.withMaxBodyBytes(dir.resolve("collector.db"), MAX_BODY_BYTES);
  }

  @AfterEach
  void stop() {
    collector.close();
  }

  /** Distinct valid episode lines adding up to more than {@code bytes}. */
  private static byte[] linesOver(int bytes) {
    StringBuilder body = new StringBuilder();
    for (int i = 0; body.length() <= bytes; i++) {
      body.append(WireLines.episode("rec-" + i, "ep-" + i, "s", "BTC-USD", Instant.parse("2025-01-06T12:00:00Z"), null))
          .append('\n');
    }
    return body.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aBodyOverTheCapIsRefusedWith413AndNothingIsStored() {
    HttpResponse<String> response = collector.post(linesOver(MAX_BODY_BYTES), "Authorization", AUTH);

    assertEquals(413, response.statusCode());
    assertEquals(
        "the body is larger than " + MAX_BODY_BYTES + " bytes; send smaller batches",
        collector.json(response).get("reason").asText());
    assertEquals(0, collector.getJson("/v1/episodes").get("episodes").size());
  }

  @Test
  void aGzipBodyUnderTheCapThatDecompressesOverItIsRefusedWith413() {
    byte[] compressed = TestCollector.gzip(linesOver(4 * MAX_BODY_BYTES));

    HttpResponse<String> response =
        collector.post(compressed, "Authorization", AUTH, "Content-Encoding", "gzip");

    assertEquals(true, compressed.length < MAX_BODY_BYTES, "the test needs a small compressed body");
    assertEquals(413, response.statusCode());
  }

  @Test
  void aBodyJustUnderTheCapIsAccepted() {
    byte[] body = linesOver(MAX_BODY_BYTES / 2);

    assertEquals(200, collector.post(body, "Authorization", AUTH).statusCode());
  }
}
