package dev.decisiontrace.examples.collector.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.decisiontrace.examples.collector.support.TestCollector;
import dev.decisiontrace.examples.collector.support.TestLog;
import dev.decisiontrace.examples.collector.support.WireLines;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The line logged for a batch with a rejected record, the one an operator reads to find the sender. */
class BatchLogTest {

  private static final String EPISODE =
      WireLines.episode("rec-1", "ep-1", "trend", "BTC-USD", Instant.parse("2025-01-06T00:00:00Z"), "ord-1");

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

  private List<String> batchLines(TestLog log) {
    return log.linesSince().stream().filter(line -> line.contains("RecordsEndpoint")).toList();
  }

  @Test
  void aBatchWithoutABatchIdIsLoggedAsNone() {
    TestLog log = TestLog.mark();

    collector.post(TestCollector.ndjson("not json"), "Authorization", "Bearer " + TestCollector.TOKEN);

    List<String> lines = batchLines(log);
    assertEquals(1, lines.size(), lines.toString());
    assertEquals(
        "batch (none): accepted=0, duplicates=0, rejected=1; first at line 1:",
        lines.get(0).replaceFirst(".*RecordsEndpoint - ", "").replaceFirst("(line 1:).*", "$1"));
  }

  @Test
  void countsAreLoggedAsNameEqualsNumberWhateverTheirValue() {
    assertEquals(200, collector.postLines(EPISODE).statusCode());
    TestLog log = TestLog.mark();

    collector.post(
        TestCollector.ndjson(EPISODE, "not json"),
        "Authorization", "Bearer " + TestCollector.TOKEN,
        "DecisionTrace-Batch-Id", "b-42");

    List<String> lines = batchLines(log);
    assertEquals(1, lines.size(), lines.toString());
    assertEquals(
        "batch b-42: accepted=0, duplicates=1, rejected=1; first at line 2:",
        lines.get(0).replaceFirst(".*RecordsEndpoint - ", "").replaceFirst("(line 2:).*", "$1"));
  }
}
