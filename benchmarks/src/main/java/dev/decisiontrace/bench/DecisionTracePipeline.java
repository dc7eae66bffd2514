package dev.decisiontrace.bench;

import dev.decisiontrace.DecisionTrace;
import dev.decisiontrace.metrics.MetricsSnapshot;
import java.time.Duration;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One SDK instance shared by the benchmark threads, as an application shares one. The exporter is
 * {@code none}: the export thread still assembles every record, then discards it, so what the
 * caller thread pays is recording alone.
 *
 * <p>A dropped episode costs the caller less than a kept one, so a run that dropped any would
 * flatter the SDK: the buffer is far larger than a burst, and the trial fails if anything was dropped
 * or not exported.
 */
@State(Scope.Benchmark)
public class DecisionTracePipeline {

  static final Duration DRAIN_TIMEOUT = Duration.ofMinutes(2);

  DecisionTrace trace;

  @Setup(Level.Trial)
  public void start() {
    trace =
        DecisionTrace.builder()
            .set("decisiontrace.exporter", "none")
            .bufferMaxRecords(1 << 20)
            .bufferMaxBytes(4L << 30)
            // An exporter that discards cannot fail, and a spool left in the working directory must not be replayed into the count.
            .set("decisiontrace.spool.enabled", "false")
            .shutdownHook(false)
            .build();
  }

  @TearDown(Level.Trial)
  public void verifyNothingDropped() {
    boolean closed = trace.close(DRAIN_TIMEOUT);
    requireComplete(trace.metrics(), closed);
  }

  /** Fails when any episode was dropped or not exported: then the run measured the wrong thing. */
  static void requireComplete(MetricsSnapshot metrics, boolean closed) {
    if (!closed || metrics.droppedTotal() != 0 || metrics.recordsExported() != metrics.episodesOpened()) {
      throw new IllegalStateException(
          "DecisionTrace did not export every episode: opened="
              + metrics.episodesOpened()
              + " exported="
              + metrics.recordsExported()
              + " dropped="
              + metrics.dropped()
              + " closedInTime="
              + closed);
    }
  }

  /** A benchmark thread's handle; drains the export thread's backlog after each burst. */
  @State(Scope.Thread)
  public static class Caller {

    DecisionTrace trace;

    @Setup(Level.Trial)
    public void join(DecisionTracePipeline pipeline) {
      trace = pipeline.trace;
    }

    @TearDown(Level.Invocation)
    public void drain() {
      if (!trace.flush(DRAIN_TIMEOUT)) {
        throw new IllegalStateException("the export thread did not drain a burst within " + DRAIN_TIMEOUT);
      }
    }
  }
}
