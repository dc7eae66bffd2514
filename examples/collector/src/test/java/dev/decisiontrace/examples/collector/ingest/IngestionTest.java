package dev.decisiontrace.examples.collector.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.decisiontrace.examples.collector.support.TestCollector;
import dev.decisiontrace.examples.collector.support.WireLines;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestionTest {

  private static final Instant OPENED = Instant.parse("2025-01-06T12:00:00Z");
  private static final String EPISODE = WireLines.episode("rec-e1", "ep-1", "trend", "BTC-USD", OPENED, "ord-1");
  private static final String OUTCOME =
      WireLines.outcomeForEpisode("rec-o1", "ep-1", OPENED.plusSeconds(3600), 12.5);
  private static final String FEEDBACK = WireLines.feedback("rec-f1", "ep-1", "analyst-7", 0.8);
  private static final String AUTH = "Bearer " + TestCollector.TOKEN;

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

  private JsonNode okBody(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), response.body());
    return collector.json(response);
  }

  private void assertBadRequest(HttpResponse<String> response, String reason) {
    assertEquals(400, response.statusCode(), response.body());
    assertEquals(reason, collector.json(response).get("reason").asText());
  }

  @Test
  void aBatchOfValidRecordsIsAcceptedAndStored() {
    JsonNode body = okBody(collector.postLines(EPISODE, OUTCOME, FEEDBACK));

    assertEquals(3, body.get("accepted").asInt());
    assertEquals(0, body.get("duplicates").asInt());
    assertEquals(0, body.get("rejected").size());
    JsonNode episode = collector.getJson("/v1/episodes/ep-1");
    assertEquals(1, episode.get("outcomes").size());
    assertEquals(1, episode.get("feedback").size());
  }

  @Test
  void theSameBatchSentAgainIsAnsweredAsDuplicatesAndStoredOnce() {
    collector.postLines(EPISODE, OUTCOME, FEEDBACK);

    JsonNode again = okBody(collector.postLines(EPISODE, OUTCOME, FEEDBACK));

    assertEquals(0, again.get("accepted").asInt());
    assertEquals(3, again.get("duplicates").asInt());
    assertEquals(0, again.get("rejected").size());
    assertEquals(1, collector.getJson("/v1/episodes/ep-1").get("outcomes").size());
  }

  @Test
  void aRecordRepeatedInsideOneBatchIsStoredOnceAndCountedOnceAsDuplicate() {
    JsonNode body = okBody(collector.postLines(EPISODE, OUTCOME, OUTCOME));

    assertEquals(2, body.get("accepted").asInt());
    assertEquals(1, body.get("duplicates").asInt());
  }

  @Test
  void anInvalidLineIsRejectedWithItsRecordIdLineAndReasonWhileTheOthersAreStored() {
    String noSignalName = EPISODE.replace("\"episodeId\":\"ep-1\"", "\"episodeId\":\"ep-2\"")
        .replace("\"recordId\":\"rec-e1\"", "\"recordId\":\"rec-bad\"")
        .replace("\"thesis\":", "\"signals\":[{\"value\":1.5}],\"thesis\":");

    JsonNode body = okBody(collector.postLines(EPISODE, noSignalName, OUTCOME));

    assertEquals(2, body.get("accepted").asInt());
    JsonNode rejection = body.get("rejected").get(0);
    assertEquals("rec-bad", rejection.get("recordId").asText());
    assertEquals(2, rejection.get("line").asInt());
    assertEquals("schema: $.signals[0]: required property 'name' not found", rejection.get("reason").asText());
    assertEquals(200, collector.get("/v1/episodes/ep-1").statusCode());
    assertEquals(404, collector.get("/v1/episodes/ep-2").statusCode());
  }

  @Test
  void aLineThatIsNotJsonIsRejectedWithoutARecordId() {
    JsonNode body = okBody(collector.postLines(EPISODE, "{\"recordId\": \"half", OUTCOME));

    JsonNode rejection = body.get("rejected").get(0);
    assertTrue(rejection.get("recordId").isNull());
    assertEquals(2, rejection.get("line").asInt());
    assertTrue(rejection.get("reason").asText().startsWith("not JSON: "), rejection.toString());
  }

  @Test
  void twoRecordsOnOneLineAreRejectedAsOneLine() {
    JsonNode body = okBody(collector.postLines(EPISODE + " " + OUTCOME));

    assertEquals(0, body.get("accepted").asInt());
    assertEquals(1, body.get("rejected").size());
    assertTrue(body.get("rejected").get(0).get("reason").asText().startsWith("not JSON: "));
  }

  @Test
  void aRecordOfAnotherSchemaVersionIsRejectedWithTheSchemaReason() {
    String future = OUTCOME.replace("\"schemaVersion\":\"1.0\"", "\"schemaVersion\":\"2.0\"");

    JsonNode rejection = okBody(collector.postLines(future)).get("rejected").get(0);

    assertEquals("rec-o1", rejection.get("recordId").asText());
    assertTrue(rejection.get("reason").asText().startsWith("schema: $.schemaVersion: "), rejection.toString());
  }

  @Test
  void everyLineIsAccountedForAndBlankLinesAreSkippedButCountedInLineNumbers() {
    byte[] body = ("\n" + EPISODE + "\r\n\n   \nnot json\n" + OUTCOME).getBytes(StandardCharsets.UTF_8);

    JsonNode answer = okBody(collector.post(body, "Authorization", AUTH));

    assertEquals(2, answer.get("accepted").asInt());
    assertEquals(1, answer.get("rejected").size());
    assertEquals(5, answer.get("rejected").get(0).get("line").asInt());
  }

  @Test
  void aGzipBodyIsAccepted() {
    byte[] body = TestCollector.gzip(TestCollector.ndjson(EPISODE, OUTCOME));

    JsonNode answer = okBody(collector.post(body, "Authorization", AUTH, "Content-Encoding", "gzip"));

    assertEquals(2, answer.get("accepted").asInt());
  }

  @Test
  void aBodyThatSaysGzipButIsNotIsRefusedWith400() {
    HttpResponse<String> response =
        collector.post(TestCollector.ndjson(EPISODE), "Authorization", AUTH, "Content-Encoding", "gzip");

    assertBadRequest(response, "the body is not valid gzip: Not in GZIP format");
  }

  @Test
  void aTruncatedGzipBodyIsRefusedWith400() {
    byte[] gzip = TestCollector.gzip(TestCollector.ndjson(EPISODE, OUTCOME));
    byte[] truncated = Arrays.copyOf(gzip, gzip.length / 2);

    HttpResponse<String> response = collector.post(truncated, "Authorization", AUTH, "Content-Encoding", "gzip");

    assertBadRequest(response, "the body is not valid gzip: Unexpected end of ZLIB input stream");
  }

  @Test
  void anUnknownContentEncodingIsRefusedWith400() {
    HttpResponse<String> response =
        collector.post(TestCollector.ndjson(EPISODE), "Authorization", AUTH, "Content-Encoding", "br");

    assertBadRequest(response, "Content-Encoding 'br' is not supported; send gzip or identity");
  }

  @Test
  void anEmptyBodyIsRefusedWith400() {
    assertBadRequest(
        collector.post(new byte[0], "Authorization", AUTH), "the body is empty; a batch has one record per line");
  }

  @Test
  void aBodyOfBlankLinesIsRefusedWith400() {
    assertBadRequest(
        collector.post("\n \r\n\n".getBytes(StandardCharsets.UTF_8), "Authorization", AUTH),
        "the body holds no record lines");
  }

  @Test
  void aBodyThatIsNotUtf8IsRefusedWith400() {
    byte[] latin1 = (EPISODE + "\n{\"comment\":\"café\"}\n").getBytes(StandardCharsets.ISO_8859_1);

    HttpResponse<String> response = collector.post(latin1, "Authorization", AUTH);

    int eAcute = new String(latin1, StandardCharsets.ISO_8859_1).indexOf('é');
    assertBadRequest(response, "the body is not UTF-8: malformed input at byte offset " + eAcute);
  }

  @Test
  void aRequestOtherThanPostIsRefusedWith405() {
    HttpResponse<String> response = collector.get("/v1/records");

    assertEquals(405, response.statusCode());
    assertEquals("POST", response.headers().firstValue("Allow").orElseThrow());
  }
}
