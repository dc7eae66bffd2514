package dev.decisiontrace.examples.collector.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.decisiontrace.examples.collector.support.TestCollector;
import dev.decisiontrace.examples.collector.support.WireLines;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EpisodeListTest {

  private static final Instant T0 = Instant.parse("2025-01-06T00:00:00Z");

  @TempDir Path dir;
  private TestCollector collector;

  /**
   * Six episodes, one hour apart from T0: ep-0..ep-5. Strategies alternate trend/mean; instruments
   * BTC-USD for the first four, ETH-USD for the last two; ep-1 is closed by an outcome, ep-4 abandoned.
   */
  @BeforeEach
  void start() throws Exception {
    collector = TestCollector.start(dir.resolve("collector.db"));
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      String strategy = i % 2 == 0 ? "trend" : "mean";
      String instrument = i < 4 ? "BTC-USD" : "ETH-USD";
      Instant opened = T0.plusSeconds(3600L * i);
      lines.add(
          i == 4
              ? WireLines.abandonedEpisode("rec-" + i, "ep-" + i, strategy, instrument, opened)
              : WireLines.episode("rec-" + i, "ep-" + i, strategy, instrument, opened, "ord-" + i));
    }
    lines.add(WireLines.outcomeForOrder("rec-out", "ord-1", T0.plusSeconds(86_400), 5.0));
    assertEquals(200, collector.postLines(lines.toArray(String[]::new)).statusCode());
  }

  @AfterEach
  void stop() {
    collector.close();
  }

  private List<String> ids(String query) {
    List<String> ids = new ArrayList<>();
    collector.getJson("/v1/episodes" + query).get("episodes").forEach(e -> ids.add(e.get("episodeId").asText()));
    return ids;
  }

  @Test
  void episodesAreListedNewestOpenedFirst() {
    assertEquals(List.of("ep-5", "ep-4", "ep-3", "ep-2", "ep-1", "ep-0"), ids(""));
  }

  @Test
  void aSummaryCarriesTheIndexedFieldsAndTheMergedStatus() {
    JsonNode summary = collector.getJson("/v1/episodes?status=closed").get("episodes").get(0);

    assertEquals("ep-1", summary.get("episodeId").asText());
    assertEquals("mean", summary.get("strategy").asText());
    assertEquals("BTC-USD", summary.get("instrument").asText());
    assertEquals("paper", summary.get("mode").asText());
    assertEquals("closed", summary.get("status").asText());
    assertEquals(T0.plusSeconds(3600).toString(), summary.get("openedAt").asText());
    assertEquals(T0.plusSeconds(86_400).toString(), summary.get("closedAt").asText());
    assertEquals("ord-1", summary.get("orderId").asText());
  }

  @Test
  void filtersByStrategy() {
    assertEquals(List.of("ep-4", "ep-2", "ep-0"), ids("?strategy=trend"));
  }

  @Test
  void filtersByInstrument() {
    assertEquals(List.of("ep-5", "ep-4"), ids("?instrument=ETH-USD"));
  }

  @Test
  void filtersByMergedStatus() {
    assertEquals(List.of("ep-1"), ids("?status=closed"));
    assertEquals(List.of("ep-4"), ids("?status=abandoned"));
    assertEquals(List.of("ep-5", "ep-3", "ep-2", "ep-0"), ids("?status=decided"));
  }

  @Test
  void filtersByOpenedAtFromInclusiveToExclusive() {
    String from = T0.plusSeconds(3600).toString();
    String to = T0.plusSeconds(3 * 3600).toString();

    assertEquals(List.of("ep-2", "ep-1"), ids("?from=" + from + "&to=" + to));
  }

  @Test
  void filtersCombine() {
    assertEquals(List.of("ep-2", "ep-0"), ids("?strategy=trend&instrument=BTC-USD&status=decided"));
  }

  @Test
  void theCursorPagesThroughEveryEpisodeOnceAndTheLastPageHasNoCursor() {
    List<String> seen = new ArrayList<>();
    String query = "?limit=4";
    JsonNode page = collector.getJson("/v1/episodes" + query);
    page.get("episodes").forEach(e -> seen.add(e.get("episodeId").asText()));
    String cursor = page.get("nextCursor").asText();

    JsonNode last = collector.getJson("/v1/episodes" + query + "&cursor=" + cursor);
    last.get("episodes").forEach(e -> seen.add(e.get("episodeId").asText()));

    assertEquals(List.of("ep-5", "ep-4", "ep-3", "ep-2", "ep-1", "ep-0"), seen);
    assertTrue(last.get("nextCursor").isNull());
  }

  @Test
  void aPageThatEndsExactlyAtTheLastEpisodeHasNoCursor() {
    assertTrue(collector.getJson("/v1/episodes?limit=6").get("nextCursor").isNull());
  }

  @Test
  void theCursorKeepsTheFilters() {
    JsonNode first = collector.getJson("/v1/episodes?strategy=trend&limit=2");
    String cursor = first.get("nextCursor").asText();

    assertEquals(List.of("ep-0"), ids("?strategy=trend&limit=2&cursor=" + cursor));
  }

  @Test
  void episodesStoredAfterAPageWasServedDoNotShiftTheNextPage() {
    String cursor = collector.getJson("/v1/episodes?limit=3").get("nextCursor").asText();
    collector.postLines(WireLines.episode("rec-new", "ep-new", "trend", "BTC-USD", T0.plusSeconds(99_999), null));

    assertEquals(List.of("ep-2", "ep-1", "ep-0"), ids("?limit=3&cursor=" + cursor));
  }

  @Test
  void aLimitAboveTheMaximumIsServedAsTheMaximum() {
    assertEquals(6, ids("?limit=100000000000000000000").size());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "?strategies=trend | unknown parameter 'strategies'; known: cursor, from, instrument, limit, status, strategy, to",
        "?status=done | status must be one of open, decided, closed, abandoned, was 'done'",
        "?from=yesterday | from must be an ISO-8601 instant such as 2024-03-15T14:30:00Z, was 'yesterday'",
        "?to=2025-01-06 | to must be an ISO-8601 instant such as 2024-03-15T14:30:00Z, was '2025-01-06'",
        "?from=2025-01-07T00:00:00Z&to=2025-01-06T00:00:00Z | from 2025-01-07T00:00:00Z is after to 2025-01-06T00:00:00Z",
        "?limit=0 | limit must be a whole number of at least 1, was '0'",
        "?limit=ten | limit must be a whole number of at least 1, was 'ten'",
        "?cursor=not-a-cursor | cursor is not one this collector returned as nextCursor",
        "?strategy= | parameter 'strategy' has no value",
        "?strategy=a&strategy=b | parameter 'strategy' is given more than once",
        "?instrument=%E9 | parameter 'instrument' is not UTF-8 once percent-decoded: '%E9'",
        "?%FF=x | a parameter name is not UTF-8 once percent-decoded: '%FF'",
      })
  void aBadQueryParameterIs400WithItsReason(String query, String reason) {
    HttpResponse<String> response = collector.get("/v1/episodes" + query);

    assertEquals(400, response.statusCode(), response.body());
    assertEquals(reason, collector.json(response).get("reason").asText());
  }
}
