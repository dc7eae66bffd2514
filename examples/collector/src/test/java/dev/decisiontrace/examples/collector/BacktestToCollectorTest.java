package dev.decisiontrace.examples.collector;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.decisiontrace.examples.backtest.BacktestMain;
import dev.decisiontrace.examples.collector.support.ChildJvm;
import dev.decisiontrace.examples.collector.support.SpoolFiles;
import dev.decisiontrace.examples.collector.support.TestCollector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance: the backtest example, configured as the root README shows, ships to the
 * reference collector, and the collector stores exactly what the SDK says it exported; also after
 * a run during which the collector was down.
 */
class BacktestToCollectorTest {

  private static final Duration WAIT = Duration.ofSeconds(60);
  /** The backtest's exit status when records were not exported by the end of the run. */
  private static final int INCOMPLETE = 3;
  private static final Pattern EXPORTED = Pattern.compile("^records exported: (\\d+), dropped: (\\d+)", Pattern.MULTILINE);
  private static final Pattern EPISODES = Pattern.compile("^episodes: (\\d+) on ", Pattern.MULTILINE);

  @TempDir Path dir;

  @Test
  void theCollectorStoresEveryRecordTheBacktestReportsExported() throws Exception {
    try (TestCollector collector = TestCollector.start(dir.resolve("collector.db"));
        ChildJvm backtest = backtest(collector.recordsEndpoint())) {
      assertEquals(0, backtest.awaitExit(WAIT), backtest::describe);
      Matcher exported = find(EXPORTED, backtest);
      long records = Long.parseLong(exported.group(1));
      long episodes = Long.parseLong(find(EPISODES, backtest).group(1));

      assertEquals("0", exported.group(2), "dropped");
      assertEquals(records, collector.storedRecords());
      assertEquals(episodes, collector.storedEpisodes());
      assertEquals(episodes, collector.storedRecords("episode"));
    }
  }

  @Test
  void aRunAfterAnOutageShipsWhatThePreviousRunLeftInTheSpoolWithItsOwnRecords() throws Exception {
    int port = TestCollector.freePort();
    String endpoint = "http://127.0.0.1:" + port + "/v1/records";
    long firstRun;
    // One attempt per batch: the collector is down, and retrying would only slow the run down.
    try (ChildJvm outage = backtest(endpoint, "-Ddecisiontrace.http.max-attempts=1")) {
      assertEquals(INCOMPLETE, outage.awaitExit(WAIT), outage::describe);
      assertEquals("0", find(EXPORTED, outage).group(1), outage::describe);
      assertEquals("0", find(EXPORTED, outage).group(2), "dropped");
      firstRun = SpoolFiles.recordIds(dir.resolve("decisiontrace-out/spool")).size();
    }

    try (TestCollector collector = TestCollector.onPort(dir.resolve("collector.db"), port);
        ChildJvm next = backtest(endpoint)) {
      assertEquals(0, next.awaitExit(WAIT), next::describe);
      Matcher exported = find(EXPORTED, next);

      assertEquals(2 * firstRun, Long.parseLong(exported.group(1)), "both runs' records");
      assertEquals("0", exported.group(2), "dropped");
      assertEquals(2 * firstRun, collector.storedRecords());
      assertEquals(List.of(), SpoolFiles.batches(dir.resolve("decisiontrace-out/spool")));
    }
  }

  /**
   * {@code java -Ddecisiontrace.exporter=http -jar decisiontrace-backtest.jar} over the real BTC-USD
   * history, with the token in the environment, as the README runs it; the endpoint is this test's
   * collector instead of the default port.
   */
  private ChildJvm backtest(String endpoint, String... moreOptions) throws Exception {
    Path data = Path.of(System.getProperty("market.data.dir"), "Coinbase-BTC-USD-PT4H-20160518_20251028.json");
    Map<String, String> token = Map.of("DECISIONTRACE_HTTP_TOKEN", TestCollector.TOKEN);
    List<String> options = new ArrayList<>(List.of("-Ddecisiontrace.exporter=http", "-Ddecisiontrace.http.endpoint=" + endpoint));
    options.addAll(List.of(moreOptions));
    Path artifact = Path.of(BacktestMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    // The runnable jar sits beside the module's jar (or its classes); a build that stops before
    // `package` (mvn test) has only the classes.
    Path packaged = artifact.getParent().resolve("decisiontrace-backtest.jar");
    return Files.isRegularFile(packaged)
        ? ChildJvm.jar(dir, token, options, packaged, "--data", data.toString())
        : ChildJvm.main(dir, token, options, BacktestMain.class, "--data", data.toString());
  }

  private static Matcher find(Pattern pattern, ChildJvm backtest) {
    Matcher matcher = pattern.matcher(backtest.stdout());
    if (!matcher.find()) {
      throw new AssertionError("no line matching " + pattern + ": " + backtest.describe());
    }
    return matcher;
  }
}
