package dev.decisiontrace.examples.collector.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.decisiontrace.DecisionTrace;
import dev.decisiontrace.examples.collector.support.Await;
import dev.decisiontrace.examples.collector.support.ChildJvm;
import dev.decisiontrace.examples.collector.support.SpoolFiles;
import dev.decisiontrace.examples.collector.support.TestCollector;
import dev.decisiontrace.metrics.MetricsSnapshot;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A token the collector does not accept is a configuration error: the process says so once, at
 * ERROR, naming the setting and never the token, and keeps the records in its spool until a process
 * with the right token delivers them. The process is a real JVM, so that its log is read as an
 * operator reads it: on its standard error, through the SDK's real SLF4J binding.
 */
class WrongTokenTest {

  private static final String WRONG_TOKEN = "wrong-token-5d1e8b";
  private static final int TRADES = 50;
  private static final Duration WAIT = Duration.ofSeconds(20);

  @TempDir Path dir;
  private Path spool;
  private TestCollector collector;
  private DecisionTrace fixed;

  @BeforeEach
  void start() throws Exception {
    spool = dir.resolve("spool");
    collector = TestCollector.start(dir.resolve("collector.db"));
  }

  @AfterEach
  void stop() {
    if (fixed != null) {
      fixed.close(WAIT);
    }
    collector.close();
  }

  /** Records {@value #TRADES} trades with the wrong token, flushes and closes. */
  private ChildJvm runWithTheWrongToken() throws Exception {
    ChildJvm child =
        ChildJvm.main(
            dir,
            Map.of("DECISIONTRACE_HTTP_TOKEN", WRONG_TOKEN),
            List.of(),
            ShippingChild.class,
            ShippingChild.SPOOL_AND_EXIT,
            collector.recordsEndpoint(),
            spool.toString(),
            String.valueOf(TRADES));
    assertEquals(0, child.awaitExit(WAIT), child::describe);
    return child;
  }

  @Test
  void theProcessLogsOneErrorNamingTheTokenSettingAndNeverTheToken() throws Exception {
    try (ChildJvm child = runWithTheWrongToken()) {
      List<String> errors = child.stderr().lines().filter(line -> line.contains(" ERROR ")).toList();

      assertEquals(1, errors.size(), child::describe);
      Pattern expected =
          Pattern.compile(
              Pattern.quote(
                      "[decisiontrace-export] ERROR dev.decisiontrace.export.http.HttpJsonExporter"
                          + " - DecisionTrace cannot export: "
                          + collector.recordsEndpoint()
                          + " refused a batch of ")
                  + "\\d+"
                  + Pattern.quote(
                      " records with HTTP 401: it does not accept the configured token, a configuration problem with"
                          + " decisiontrace.http.token; kept for the spool, not retried until it is fixed"
                          + " (collector: {\"reason\":\"a valid bearer token is required\"}). Logged once."));
      assertTrue(expected.matcher(errors.get(0)).matches(), errors.get(0));
      assertFalse(child.stderr().contains(WRONG_TOKEN), child::stderr);
      assertFalse(child.stdout().contains(WRONG_TOKEN), child::stdout);
    }
  }

  @Test
  void recordsRefusedForTheTokenWaitInTheSpoolAndArriveOnceTheTokenIsFixed() throws Exception {
    try (ChildJvm child = runWithTheWrongToken()) {
      assertEquals("SPOOLED " + 2 * TRADES + " RECORDED " + 2 * TRADES + " DROPPED 0", child.awaitLine("SPOOLED ", WAIT));
    }
    assertEquals(0, collector.storedRecords());
    List<String> spooled = SpoolFiles.recordIds(spool);
    assertEquals(2 * TRADES, spooled.size());

    fixed =
        DecisionTrace.builder()
            .set("decisiontrace.exporter", "http")
            .set("decisiontrace.http.endpoint", collector.recordsEndpoint())
            .set("decisiontrace.http.token", TestCollector.TOKEN)
            .set("decisiontrace.spool.dir", spool.toString())
            .shutdownHook(false)
            .build();
    Await.until(
        WAIT,
        "the collector holds the spooled records",
        () -> collector.storedRecords() == spooled.size(),
        () -> collector.storedRecords() + " of " + spooled.size() + " stored; " + fixed.metrics());
    assertTrue(fixed.close(WAIT), "closed in time");

    MetricsSnapshot metrics = fixed.metrics();
    assertEquals(spooled.size(), metrics.recordsExported());
    assertEquals(0, metrics.droppedTotal(), metrics::toString);
    assertEquals(0, metrics.spoolBytes());
    assertEquals(spooled.stream().sorted().toList(), collector.storedRecordIds());
  }
}
