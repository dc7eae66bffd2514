package dev.decisiontrace.examples.collector.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.decisiontrace.examples.collector.support.TestCollector;
import dev.decisiontrace.examples.collector.support.TestLog;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a request puts into the collector's log and into its error reasons: ids, paths and parameter
 * values are chosen by whoever sends the request, so they are escaped and capped before either.
 */
class RequestEchoTest {

  @TempDir Path dir;
  private TestCollector collector;

  @BeforeEach
  void start() throws Exception {
    collector = TestCollector.start(dir.resolve("collector.db"));
  }

  @AfterEach
  void stop() {
    collector.close();
  }

  @Test
  void anEncodedNewlineInAnEpisodeIdCannotForgeALogLine() {
    TestLog log = TestLog.mark();

    HttpResponse<String> response =
        collector.get("/v1/episodes/abc%0A2026-12-03T00:00:00.000+0000%20%5Bmain%5D%20ERROR%20forged%20line");

    assertEquals(404, response.statusCode());
    assertEquals(
        "no episode 'abc\\n2026-12-03T00:00:00.000+0000 [main] ERROR forged line'",
        collector.json(response).get("reason").asText());
    List<String> forged = log.linesSince().stream().filter(line -> line.contains("forged line")).toList();
    assertEquals(1, forged.size(), "lines mentioning it: " + forged);
    assertTrue(forged.get(0).startsWith("[collector-http-"), forged.get(0));
    assertTrue(forged.get(0).contains("abc\\n2026-12-03"), forged.get(0));
  }

  @Test
  void aNulInAnEpisodeIdIsEscapedNotWrittenRaw() {
    TestLog log = TestLog.mark();

    HttpResponse<String> response = collector.get("/v1/episodes/x%00y");

    assertEquals("no episode 'x\\u0000y'", collector.json(response).get("reason").asText());
    List<String> lines = log.linesSince();
    assertTrue(lines.stream().anyMatch(line -> line.contains("no episode 'x\\u0000y'")), lines.toString());
    assertTrue(lines.stream().noneMatch(line -> line.indexOf('\0') >= 0), lines.toString());
  }

  @Test
  void aLongEpisodeIdIsCutToItsFirst200CharactersInTheAnswerAndTheLog() {
    String id = "e".repeat(5_000);
    TestLog log = TestLog.mark();

    HttpResponse<String> response = collector.get("/v1/episodes/" + id);

    assertEquals(404, response.statusCode());
    assertEquals(
        "no episode '" + "e".repeat(200) + "...(5000 chars)'", collector.json(response).get("reason").asText());
    List<String> lines = log.linesSince();
    assertEquals(1, lines.size(), lines.toString());
    // The path and the reason, each cut: about 450 characters where the id alone was 5,000.
    assertTrue(lines.get(0).length() < 600, "log line of " + lines.get(0).length() + " characters");
  }

  @Test
  void aLongUnknownParameterNameIsCutInTheReason() {
    String name = "n".repeat(1_000);

    HttpResponse<String> response = collector.get("/v1/episodes?" + name + "=1");

    assertEquals(400, response.statusCode());
    assertTrue(
        collector
            .json(response)
            .get("reason")
            .asText()
            .startsWith("unknown parameter '" + "n".repeat(200) + "...(1000 chars)'; known: "),
        response.body());
  }

  @Test
  void aControlCharacterInAParameterValueIsEscapedInTheReason() {
    HttpResponse<String> response = collector.get("/v1/episodes?status=open%0D%0Aclosed");

    assertEquals(
        "status must be one of open, decided, closed, abandoned, was 'open\\r\\nclosed'",
        collector.json(response).get("reason").asText());
  }
}
