package dev.decisiontrace.examples.collector.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.decisiontrace.examples.collector.support.TestCollector;
import dev.decisiontrace.examples.collector.support.WireLines;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EpisodeMergeTest {

  private static final Instant OPENED = Instant.parse("2025-01-06T12:00:00Z");
  private static final Instant CLOSED = Instant.parse("2025-01-08T04:00:00Z");
  private static final String EPISODE = WireLines.episode("rec-e1", "ep-1", "trend", "BTC-USD", OPENED, "ord-1");

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

  private void assertClosedBy(JsonNode episode, String outcomeRecordId) {
    assertEquals("closed", episode.get("status").asText());
    assertEquals(CLOSED.toString(), episode.get("closedAt").asText());
    assertEquals(1, episode.get("outcomes").size());
    assertEquals(outcomeRecordId, episode.get("outcomes").get(0).get("recordId").asText());
    assertEquals(12.5, episode.get("outcome").get("realizedPnl").asDouble());
  }

  @Test
  void anEpisodeWithoutOutcomeIsTheDecisionSnapshotWithEmptyOutcomesAndFeedback() {
    collector.postLines(EPISODE);

    JsonNode episode = collector.getJson("/v1/episodes/ep-1");

    assertEquals("ep-1", episode.get("episodeId").asText());
    assertEquals("decided", episode.get("status").asText());
    assertEquals("rec-e1", episode.get("recordId").asText());
    assertEquals("trend", episode.get("strategy").get("name").asText());
    assertEquals("ord-1", episode.get("action").get("orderId").asText());
    assertEquals(0.7, episode.get("thesis").get("conviction").asDouble());
    assertEquals(0, episode.get("outcomes").size());
    assertEquals(0, episode.get("feedback").size());
    assertFalse(episode.has("closedAt"));
    assertFalse(episode.has("schemaVersion"), "the merged document is not a wire record");
    assertFalse(episode.has("type"), "the merged document is not a wire record");
  }

  @Test
  void anOutcomeByEpisodeIdIsMergedAndClosesTheEpisode() {
    collector.postLines(EPISODE, WireLines.outcomeForEpisode("rec-o1", "ep-1", CLOSED, 12.5));

    assertClosedBy(collector.getJson("/v1/episodes/ep-1"), "rec-o1");
  }

  @Test
  void anOutcomeByEpisodeIdArrivingBeforeItsEpisodeIsMergedWhenTheEpisodeArrives() {
    collector.postLines(WireLines.outcomeForEpisode("rec-o1", "ep-1", CLOSED, 12.5));
    assertEquals(404, collector.get("/v1/episodes/ep-1").statusCode());

    collector.postLines(EPISODE);

    assertClosedBy(collector.getJson("/v1/episodes/ep-1"), "rec-o1");
  }

  @Test
  void anOutcomeByOrderIdArrivingAfterItsEpisodeIsLinkedThroughTheActionOrderId() {
    collector.postLines(EPISODE);
    collector.postLines(WireLines.outcomeForOrder("rec-o1", "ord-1", CLOSED, 12.5));

    assertClosedBy(collector.getJson("/v1/episodes/ep-1"), "rec-o1");
  }

  @Test
  void anOutcomeByOrderIdArrivingBeforeItsEpisodeIsLinkedWhenTheEpisodeArrives() {
    collector.postLines(WireLines.outcomeForOrder("rec-o1", "ord-1", CLOSED, 12.5));

    collector.postLines(EPISODE);

    assertClosedBy(collector.getJson("/v1/episodes/ep-1"), "rec-o1");
  }

  @Test
  void anOutcomeByOrderIdAndItsEpisodeInOneBatchAreLinkedInEitherOrder() {
    collector.postLines(WireLines.outcomeForOrder("rec-o1", "ord-1", CLOSED, 12.5), EPISODE);

    assertClosedBy(collector.getJson("/v1/episodes/ep-1"), "rec-o1");
  }

  @Test
  void anOutcomeByOrderIdIsNotLinkedToAnEpisodeWithAnotherOrderId() {
    collector.postLines(EPISODE, WireLines.outcomeForOrder("rec-o1", "ord-other", CLOSED, 12.5));

    JsonNode episode = collector.getJson("/v1/episodes/ep-1");

    assertEquals("decided", episode.get("status").asText());
    assertEquals(0, episode.get("outcomes").size());
  }

  @Test
  void anOutcomeWithFillsButNoCloseTimeAddsTheFillsAndLeavesTheEpisodeDecided() {
    collector.postLines(EPISODE, WireLines.outcome("rec-o1", "ep-1", "ord-1", null, 0, OPENED.plusSeconds(60)));

    JsonNode episode = collector.getJson("/v1/episodes/ep-1");

    assertEquals("decided", episode.get("status").asText());
    assertEquals(1, episode.get("fills").size());
    assertFalse(episode.has("outcome"));
  }

  @Test
  void fillsAndCounterfactualsAreGatheredFromEveryOutcomeAndTheLatestResultWins() {
    Instant partial = OPENED.plusSeconds(60);
    collector.postLines(
        EPISODE,
        WireLines.outcome("rec-o2", "ep-1", "ord-1", CLOSED, 12.5, CLOSED),
        WireLines.outcome("rec-o1", "ep-1", "ord-1", partial, -3.0, partial));

    JsonNode episode = collector.getJson("/v1/episodes/ep-1");

    assertEquals("rec-o1", episode.get("outcomes").get(0).get("recordId").asText(), "outcomes by emitted-at");
    assertEquals(2, episode.get("fills").size());
    assertEquals(12.5, episode.get("outcome").get("realizedPnl").asDouble());
    assertEquals(CLOSED.toString(), episode.get("closedAt").asText());
    assertEquals(3, episode.get("counterfactuals").size(), "one from the snapshot, one from each outcome");
    assertEquals("size x2", episode.get("counterfactuals").get(0).get("variant").asText());
  }

  @Test
  void feedbackIsListedWithItsEpisode() {
    collector.postLines(EPISODE, WireLines.feedback("rec-f1", "ep-1", "analyst-7", 0.8));

    JsonNode feedback = collector.getJson("/v1/episodes/ep-1").get("feedback");

    assertEquals(1, feedback.size());
    assertEquals("rec-f1", feedback.get(0).get("recordId").asText());
    assertEquals("analyst-7", feedback.get(0).get("feedback").get("rater").asText());
    assertEquals(0.8, feedback.get(0).get("feedback").get("score").asDouble());
  }

  @Test
  void anAbandonedEpisodeStaysAbandoned() {
    collector.postLines(WireLines.abandonedEpisode("rec-a", "ep-a", "trend", "BTC-USD", OPENED));

    JsonNode episode = collector.getJson("/v1/episodes/ep-a");

    assertEquals("abandoned", episode.get("status").asText());
    assertEquals("left open too long", episode.get("abandonReason").asText());
  }

  @Test
  void numbersAreReturnedExactlyAsTheyWereSent() {
    String precise = EPISODE.replace("\"conviction\":0.7", "\"conviction\":0.70000000000000000001");
    collector.postLines(precise);

    String body = collector.get("/v1/episodes/ep-1").body();

    assertEquals(true, body.contains("\"conviction\":0.70000000000000000001"), body);
  }

  @Test
  void anUnknownEpisodeIs404WithAReason() {
    var response = collector.get("/v1/episodes/ep-nope");

    assertEquals(404, response.statusCode());
    assertEquals("no episode 'ep-nope'", collector.json(response).get("reason").asText());
  }

  @Test
  void anEpisodeIdWithReservedCharactersIsFoundPercentEncoded() {
    collector.postLines(WireLines.episode("rec-x", "ep/1 +x", "trend", "BTC-USD", OPENED, null));

    assertEquals("ep/1 +x", collector.getJson("/v1/episodes/ep%2F1%20+x").get("episodeId").asText());
  }
}
