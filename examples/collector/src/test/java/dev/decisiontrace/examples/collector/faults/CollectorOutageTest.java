package dev.decisiontrace.examples.collector.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.decisiontrace.DecisionTrace;
import dev.decisiontrace.examples.collector.support.Await;
import dev.decisiontrace.examples.collector.support.Decisions;
import dev.decisiontrace.examples.collector.support.SpoolFiles;
import dev.decisiontrace.examples.collector.support.TestCollector;
import dev.decisiontrace.metrics.MetricsSnapshot;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The collector is down for seconds while a trading process records, then comes up where the SDK
 * expects it: the real {@code http} exporter, the real disk spool, the real collector.
 */
class CollectorOutageTest {

  /** One entry every 10 ms for 3 s: the length of the outage. */
  private static final int TRADES = 300;
  private static final long PERIOD_MILLIS = 10;
  /** Each trade's exit is recorded this many entries later, as a late outcome by order id. */
  private static final int HOLDING = 20;
  private static final Duration WAIT = Duration.ofSeconds(15);

  @TempDir Path dir;
  private DecisionTrace trace;

  @AfterEach
  void closeEvenAfterAFailure() {
    if (trace != null) {
      trace.close(WAIT);
    }
  }

  @Test
  void everyRecordMadeWhileTheCollectorIsDownReachesItOnceItIsUp() throws Exception {
    int port = TestCollector.freePort();
    Path spool = dir.resolve("spool");
    trace =
        DecisionTrace.builder()
            .set("decisiontrace.exporter", "http")
            .set("decisiontrace.http.endpoint", "http://127.0.0.1:" + port + "/v1/records")
            .set("decisiontrace.http.token", TestCollector.TOKEN)
            // Retries shorter than the outage, so that batches go to the spool instead of waiting it out.
            .set("decisiontrace.http.max-attempts", "2")
            .set("decisiontrace.http.initial-backoff", "100ms")
            .set("decisiontrace.spool.dir", spool.toString())
            .set("decisiontrace.spool.replay-interval", "200ms")
            .shutdownHook(false)
            .build();

    recordTradesForThreeSeconds();
    Await.until(
        WAIT,
        "batches reach the spool during the outage",
        () -> trace.metrics().recordsSpooled() > 0,
        () -> trace.metrics().toString());
    long recorded = trace.metrics().recordsRecorded();
    assertEquals(TRADES + TRADES - HOLDING, recorded);

    try (TestCollector collector = TestCollector.onPort(dir.resolve("collector.db"), port)) {
      Await.until(
          WAIT,
          "the collector holds every record",
          () -> collector.storedRecords() == recorded,
          () -> collector.storedRecords() + " of " + recorded + " stored; " + trace.metrics());
      assertTrue(trace.close(WAIT), "closed in time");

      MetricsSnapshot up = trace.metrics();
      assertEquals(0, up.droppedTotal(), up::toString);
      assertEquals(recorded, up.recordsExported(), "each record exported once");
      assertEquals(0, up.spoolBytes());
      assertEquals(List.of(), SpoolFiles.batches(spool));
      assertEquals(recorded, collector.storedRecords());
    }
  }

  /** A strategy's thread deciding at a steady pace; returns once the last trade is recorded. */
  private void recordTradesForThreeSeconds() throws InterruptedException {
    ScheduledExecutorService strategy = Executors.newSingleThreadScheduledExecutor();
    CountDownLatch done = new CountDownLatch(TRADES);
    AtomicInteger next = new AtomicInteger();
    try {
      strategy.scheduleAtFixedRate(
          () -> {
            int n = next.getAndIncrement();
            if (n >= TRADES) {
              return;
            }
            Decisions.enter(trace, n);
            if (n >= HOLDING) {
              Decisions.exit(trace, n - HOLDING);
            }
            done.countDown();
          },
          0,
          PERIOD_MILLIS,
          TimeUnit.MILLISECONDS);
      assertTrue(done.await(WAIT.toSeconds(), TimeUnit.SECONDS), "the strategy recorded its trades");
    } finally {
      strategy.shutdownNow();
    }
  }
}
