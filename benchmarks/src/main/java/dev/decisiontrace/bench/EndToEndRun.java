package dev.decisiontrace.bench;

import dev.decisiontrace.DecisionTrace;
import dev.decisiontrace.DecisionTraceBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * One invocation of an end-to-end benchmark: a fresh SDK instance with its default configuration
 * (but for the exporter) records {@link #EPISODES} episodes, then closes, which returns once every
 * episode is delivered. Recording and export run at once, so episodes per second is what the pipeline
 * sustains end to end.
 *
 * <p>The recording thread is faster than the export thread. Left alone it would pile up the whole
 * invocation in the buffer (or overflow the default buffer and drop), and the garbage collector would
 * spend its time copying that backlog: a burst, not a sustained rate. So, like a producer that watches
 * the SDK's queue depth, it waits whenever more than {@link #MAX_BACKLOG} episodes are queued; the
 * export thread always has work, and the rate measured is the rate the pipeline sustains.
 *
 * <p>Subclasses are the JMH states: they start an instance before each invocation and check
 * afterwards, outside the measurement, that every episode was delivered.
 */
abstract class EndToEndRun {

  static final int EPISODES = 20_000;
  private static final int MAX_BACKLOG = 8_192;
  private static final int BACKLOG_CHECK_EVERY = 256;
  private static final long BACKLOG_WAIT_NANOS = 50_000;
  private static final Duration CLOSE_TIMEOUT = Duration.ofMinutes(2);

  Path directory;
  private DecisionTrace trace;
  private boolean closedInTime;

  /**
   * Starts an instance that {@code exporter} configures given a fresh directory for its files; its
   * spool, should it ever be needed, goes there too, never into the working directory.
   */
  void start(Function<Path, DecisionTraceBuilder> exporter) throws IOException {
    directory = Files.createTempDirectory("decisiontrace-bench");
    trace =
        exporter
            .apply(directory)
            .set("decisiontrace.spool.dir", directory.resolve("spool").toString())
            .shutdownHook(false)
            .build();
  }

  /** The measured work: record, then wait until everything is delivered. */
  void recordAndClose(Decision decision) {
    for (int i = 0; i < EPISODES; i++) {
      if (i % BACKLOG_CHECK_EVERY == 0) {
        while (trace.metrics().queueDepth() > MAX_BACKLOG) {
          LockSupport.parkNanos(BACKLOG_WAIT_NANOS);
        }
      }
      Recordings.decisionTrace(trace, decision);
    }
    closedInTime = trace.close(CLOSE_TIMEOUT);
  }

  /** Fails unless every episode was exported, none dropped, nothing left in the spool. */
  void requireAllDelivered() {
    DecisionTracePipeline.requireComplete(trace.metrics(), closedInTime);
    if (trace.metrics().recordsExported() != EPISODES || trace.metrics().recordsSpooled() != 0) {
      throw new IllegalStateException(
          "expected " + EPISODES + " episodes exported and none spooled: " + trace.metrics());
    }
  }

  void deleteDirectory() throws IOException {
    try (Stream<Path> walk = Files.walk(directory)) {
      walk.sorted(Comparator.reverseOrder())
          .forEach(
              path -> {
                try {
                  Files.delete(path);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }
}
