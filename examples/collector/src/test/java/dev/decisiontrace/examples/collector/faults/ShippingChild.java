package dev.decisiontrace.examples.collector.faults;

import dev.decisiontrace.DecisionTrace;
import dev.decisiontrace.examples.collector.support.Decisions;
import dev.decisiontrace.metrics.MetricsSnapshot;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A trading process for the fault tests, run in a JVM of its own. It ships with the {@code http}
 * exporter to {@code ENDPOINT}, spooling to {@code SPOOL_DIR}, with the token an operator would set
 * in {@code DECISIONTRACE_HTTP_TOKEN}.
 *
 * <ul>
 *   <li>{@code spool-and-hang ENDPOINT SPOOL_DIR TRADES}: records the entries of {@code TRADES}
 *       trades, then their exits by order id, flushes, prints {@code SPOOLED <records spooled>
 *       RECORDED <records recorded> DROPPED <records dropped>}, and blocks until it is killed.
 *   <li>{@code spool-and-exit ENDPOINT SPOOL_DIR TRADES}: the same, then closes and returns.
 *   <li>{@code replay ENDPOINT SPOOL_DIR}: records nothing; waits until its spool is empty, closes,
 *       prints {@code EXPORTED <records exported> DROPPED <records dropped>}; exits 1 instead if the
 *       spool is not empty within {@value #REPLAY_SECONDS} s.
 * </ul>
 */
public final class ShippingChild {

  static final String SPOOL_AND_HANG = "spool-and-hang";
  static final String SPOOL_AND_EXIT = "spool-and-exit";
  static final String REPLAY = "replay";
  static final int REPLAY_SECONDS = 30;

  private static final Duration TIMEOUT = Duration.ofSeconds(20);

  private ShippingChild() {}

  public static void main(String[] args) throws InterruptedException {
    DecisionTrace trace =
        DecisionTrace.builder()
            .set("decisiontrace.exporter", "http")
            .set("decisiontrace.http.endpoint", args[1])
            .set("decisiontrace.spool.dir", args[2])
            .set("decisiontrace.spool.replay-interval", "200ms")
            // With the collector down or refusing the token, retrying would only delay the spool.
            .set("decisiontrace.http.max-attempts", "1")
            .shutdownHook(false)
            .build();
    if (args[0].equals(REPLAY)) {
      replay(trace);
      return;
    }
    int trades = Integer.parseInt(args[3]);
    for (int n = 0; n < trades; n++) {
      Decisions.enter(trace, n);
    }
    for (int n = 0; n < trades; n++) {
      Decisions.exit(trace, n);
    }
    trace.flush(TIMEOUT);
    MetricsSnapshot metrics = trace.metrics();
    System.out.println(
        "SPOOLED " + metrics.recordsSpooled() + " RECORDED " + metrics.recordsRecorded() + " DROPPED " + metrics.droppedTotal());
    if (args[0].equals(SPOOL_AND_HANG)) {
      new CountDownLatch(1).await();
    }
    trace.close(TIMEOUT);
  }

  private static void replay(DecisionTrace trace) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(REPLAY_SECONDS);
    while (trace.metrics().spoolBytes() > 0 && System.nanoTime() - deadline < 0) {
      TimeUnit.MILLISECONDS.sleep(50);
    }
    long left = trace.metrics().spoolBytes();
    trace.close(TIMEOUT);
    if (left > 0) {
      System.out.println("SPOOL NOT EMPTY " + left + " bytes");
      System.exit(1);
    }
    MetricsSnapshot metrics = trace.metrics();
    System.out.println("EXPORTED " + metrics.recordsExported() + " DROPPED " + metrics.droppedTotal());
  }
}
