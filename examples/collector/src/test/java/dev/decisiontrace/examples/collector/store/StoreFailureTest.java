package dev.decisiontrace.examples.collector.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.decisiontrace.examples.collector.support.TestCollector;
import dev.decisiontrace.examples.collector.support.WireLines;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store that fails (here a trigger raising SQLite's own "database or disk is full" error, as a
 * full disk would) gets a 500, which the SDK retries, and leaves nothing of the batch behind.
 */
class StoreFailureTest {

  private static final Instant OPENED = Instant.parse("2025-01-06T12:00:00Z");
  private static final String EPISODE = WireLines.episode("rec-e1", "ep-1", "s", "BTC-USD", OPENED, "ord-1");
  private static final String OUTCOME = WireLines.outcomeForEpisode("rec-o1", "ep-1", OPENED.plusSeconds(60), 1);

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

  private void sql(String statement) throws Exception {
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("collector.db"));
        Statement sql = connection.createStatement()) {
      sql.execute(statement);
    }
  }

  @Test
  void aFailingStoreIsAnswered500AndTheWholeBatchIsRolledBack() throws Exception {
    sql(
        "CREATE TRIGGER disk_full BEFORE INSERT ON records WHEN NEW.type = 'outcome'"
            + " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END");

    HttpResponse<String> response = collector.postLines(EPISODE, OUTCOME);

    assertEquals(500, response.statusCode());
    assertEquals(
        "the collector could not store or read records now; retry later",
        collector.json(response).get("reason").asText());
    assertEquals(404, collector.get("/v1/episodes/ep-1").statusCode());
  }

  @Test
  void theRetryOfAFailedBatchIsAcceptedWholeOnceTheStoreWorksAgain() throws Exception {
    sql(
        "CREATE TRIGGER disk_full BEFORE INSERT ON records WHEN NEW.type = 'outcome'"
            + " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END");
    collector.postLines(EPISODE, OUTCOME);
    sql("DROP TRIGGER disk_full");

    HttpResponse<String> retry = collector.postLines(EPISODE, OUTCOME);

    assertEquals(200, retry.statusCode());
    assertEquals(2, collector.json(retry).get("accepted").asInt());
  }
}
