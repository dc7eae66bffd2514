package dev.decisiontrace.examples.collector.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.decisiontrace.examples.collector.support.TestCollector;
import dev.decisiontrace.examples.collector.support.WireLines;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthenticationTest {

  private static final String LINE =
      WireLines.episode("rec-1", "ep-1", "s", "BTC-USD", Instant.parse("2025-01-06T12:00:00Z"), "ord-1");

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

  private HttpResponse<String> postWith(String... headers) {
    return collector.post(TestCollector.ndjson(LINE), headers);
  }

  @Test
  void aBatchWithoutATokenIsRefusedWith401AndNothingIsStored() {
    HttpResponse<String> response = postWith();

    assertEquals(401, response.statusCode());
    assertEquals("Bearer realm=\"decisiontrace\"", response.headers().firstValue("WWW-Authenticate").orElseThrow());
    assertEquals(404, collector.get("/v1/episodes/ep-1").statusCode());
  }

  @Test
  void aWrongTokenGetsTheSameAnswerAsNoTokenSoTheAnswerDoesNotSayWhichItWas() {
    HttpResponse<String> missing = postWith();
    HttpResponse<String> wrong = postWith("Authorization", "Bearer not-the-token");

    assertEquals(401, wrong.statusCode());
    assertEquals(missing.body(), wrong.body());
  }

  @Test
  void tokensThatOnlyResembleTheRightOneAreRefused() {
    String token = TestCollector.TOKEN;
    for (String near :
        new String[] {
          token.substring(0, token.length() - 1),
          token + "0",
          token.substring(0, token.length() - 1) + "d",
          token.toUpperCase(),
        }) {
      assertEquals(401, postWith("Authorization", "Bearer " + near).statusCode(), near);
    }
  }

  @Test
  void theTokenSentWithAnotherSchemeIsRefused() {
    assertEquals(401, postWith("Authorization", "Basic " + TestCollector.TOKEN).statusCode());
    assertEquals(401, postWith("Authorization", TestCollector.TOKEN).statusCode());
  }

  @Test
  void theRightTokenIsAcceptedWhateverTheCaseOfTheScheme() {
    assertEquals(200, postWith("Authorization", "bearer " + TestCollector.TOKEN).statusCode());
  }

  @Test
  void theQueryEndpointsRequireTheTokenToo() {
    collector.postLines(LINE);

    assertEquals(401, collector.get("/v1/episodes/ep-1", "Accept", "application/json").statusCode());
    assertEquals(401, collector.get("/v1/episodes", "Authorization", "Bearer wrong").statusCode());
    assertEquals(200, collector.get("/v1/episodes/ep-1").statusCode());
  }

  @Test
  void unknownPathsAskForTheTokenBeforeSayingTheyDoNotExist() {
    assertEquals(401, collector.get("/v1/secret", "Accept", "application/json").statusCode());
    assertEquals(404, collector.get("/v1/secret").statusCode());
  }

  @Test
  void healthNeedsNoToken() {
    HttpResponse<String> response = collector.get("/health", "Accept", "application/json");

    assertEquals(200, response.statusCode());
    assertEquals("up", collector.json(response).get("status").asText());
  }

  @Test
  void aCollectorStartedWithoutAuthAcceptsBatchesWithoutAToken(@TempDir Path other) throws Exception {
    try (TestCollector open = TestCollector.withoutAuth(other.resolve("open.db"))) {
      HttpResponse<String> response = open.post(TestCollector.ndjson(LINE));

      assertEquals(200, response.statusCode());
      assertEquals(1, open.json(response).get("accepted").asInt());
    }
  }
}
