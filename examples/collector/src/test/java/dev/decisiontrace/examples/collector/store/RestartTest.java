package dev.decisiontrace.examples.collector.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.decisiontrace.examples.collector.support.TestCollector;
import dev.decisiontrace.examples.collector.support.WireLines;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestartTest {

  private static final Instant OPENED = Instant.parse("2025-01-06T12:00:00Z");
  private static final String EPISODE = WireLines.episode("rec-e1", "ep-1", "trend", "BTC-USD", OPENED, "ord-1");
  private static final String FEEDBACK = WireLines.feedback("rec-f1", "ep-1", "analyst-7", 0.8);

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
  void recordsStoredBeforeARestartAreServedAfterIt() throws Exception {
    collector.postLines(EPISODE, FEEDBACK);

    collector.restart();

    JsonNode episode = collector.getJson("/v1/episodes/ep-1");
    assertEquals("rec-e1", episode.get("recordId").asText());
    assertEquals(1, episode.get("feedback").size());
    assertEquals(1, collector.getJson("/v1/episodes").get("episodes").size());
  }

  @Test
  void recordsStoredBeforeARestartAreStillDuplicatesAfterIt() throws Exception {
    collector.postLines(EPISODE, FEEDBACK);

    collector.restart();

    JsonNode answer = collector.json(collector.postLines(EPISODE, FEEDBACK));
    assertEquals(0, answer.get("accepted").asInt());
    assertEquals(2, answer.get("duplicates").asInt());
  }

  @Test
  void anOrderIdOutcomeAfterARestartIsLinkedToAnEpisodeStoredBeforeIt() throws Exception {
    collector.postLines(EPISODE);

    collector.restart();
    collector.postLines(WireLines.outcomeForOrder("rec-o1", "ord-1", OPENED.plusSeconds(3600), 2.0));

    assertEquals("closed", collector.getJson("/v1/episodes/ep-1").get("status").asText());
  }
}
