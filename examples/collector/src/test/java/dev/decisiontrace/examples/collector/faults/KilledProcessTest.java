package dev.decisiontrace.examples.collector.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.decisiontrace.examples.collector.support.ChildJvm;
import dev.decisiontrace.examples.collector.support.SpoolFiles;
import dev.decisiontrace.examples.collector.support.TestCollector;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A trading process killed with SIGKILL while the collector is down loses what it held in memory,
 * but not what had reached its disk spool: restarted once the collector is up, it delivers that.
 */
class KilledProcessTest {

  private static final int TRADES = 150;
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final int KILLED_BY_SIGKILL = 128 + 9;

  @TempDir Path dir;

  @Test
  void aProcessKilledWhileTheCollectorIsDownDeliversWhatReachedItsSpoolWhenRestarted() throws Exception {
    int port = TestCollector.freePort();
    String endpoint = "http://127.0.0.1:" + port + "/v1/records";
    Path spool = dir.resolve("spool");
    Map<String, String> token = Map.of("DECISIONTRACE_HTTP_TOKEN", TestCollector.TOKEN);

    List<String> spooled;
    try (ChildJvm trading =
        ChildJvm.main(
            dir,
            token,
            List.of(),
            ShippingChild.class,
            ShippingChild.SPOOL_AND_HANG,
            endpoint,
            spool.toString(),
            String.valueOf(TRADES))) {
      String line = trading.awaitLine("SPOOLED ", WAIT);
      assertEquals("SPOOLED " + 2 * TRADES + " RECORDED " + 2 * TRADES + " DROPPED 0", line, trading::describe);

      assertEquals(KILLED_BY_SIGKILL, trading.kill(WAIT));
      spooled = SpoolFiles.recordIds(spool);
      assertEquals(2 * TRADES, spooled.size(), "the spool on disk holds what the process reported spooled");
      assertEquals(spooled.size(), new HashSet<>(spooled).size(), "no record spooled twice");
    }

    try (TestCollector collector = TestCollector.onPort(dir.resolve("collector.db"), port);
        ChildJvm restarted =
            ChildJvm.main(dir, token, List.of(), ShippingChild.class, ShippingChild.REPLAY, endpoint, spool.toString())) {
      assertEquals(0, restarted.awaitExit(WAIT), restarted::describe);
      assertEquals("EXPORTED " + spooled.size() + " DROPPED 0", restarted.awaitLine("EXPORTED ", WAIT), "each record sent once");

      assertEquals(spooled.stream().sorted().toList(), collector.storedRecordIds());
      assertEquals(List.of(), SpoolFiles.batches(spool));
    }
  }
}
