package dev.decisiontrace.bench;

import dev.decisiontrace.DecisionTrace;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A fresh SDK instance with its default configuration writing JSON lines to a fresh directory, per
 * invocation: an invocation records {@link #EPISODES} episodes and then closes the instance, which
 * returns once every episode is in the file. Recording and export run at once, so episodes per second
 * is what the pipeline sustains end to end.
 *
 * <p>The recording thread is faster than the export thread. Left alone it would pile up the whole
 * invocation in the buffer (or overflow the default buffer and drop), and the garbage collector would
 * spend its time copying that backlog: a burst, not a sustained rate. So, like a producer that watches
 * the SDK's queue depth, it waits whenever more than {@link #MAX_BACKLOG} episodes are queued; the
 * export thread always has work, and the rate measured is the rate the pipeline sustains.
 *
 * <p>Starting and checking happen outside the measurement; the check fails the run unless every
 * episode was exported and is a line in the files.
 */
@State(Scope.Thread)
public class FileRun {

  static final int EPISODES = 20_000;
  private static final int MAX_BACKLOG = 8_192;
  private static final int BACKLOG_CHECK_EVERY = 256;
  private static final long BACKLOG_WAIT_NANOS = 50_000;
  private static final Duration CLOSE_TIMEOUT = Duration.ofMinutes(2);

  private Path directory;
  private DecisionTrace trace;
  private boolean closedInTime;

  @Setup(Level.Invocation)
  public void open() throws IOException {
    directory = Files.createTempDirectory("decisiontrace-bench");
    trace =
        DecisionTrace.builder()
            .filePath(directory.resolve("episodes.jsonl"))
            .shutdownHook(false)
            .build();
  }

  /** The measured work: record, then wait until everything is written. */
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

  @TearDown(Level.Invocation)
  public void verifyAndDelete() throws IOException {
    try {
      DecisionTracePipeline.requireComplete(trace.metrics(), closedInTime);
      long lines = countLines();
      if (lines != EPISODES) {
        throw new IllegalStateException("expected " + EPISODES + " JSON lines, found " + lines);
      }
    } finally {
      delete();
    }
  }

  private long countLines() throws IOException {
    long lines = 0;
    byte[] chunk = new byte[1 << 16];
    for (Path file : files()) {
      try (InputStream in = Files.newInputStream(file)) {
        int read;
        while ((read = in.read(chunk)) > 0) {
          for (int i = 0; i < read; i++) {
            if (chunk[i] == '\n') {
              lines++;
            }
          }
        }
      }
    }
    return lines;
  }

  private List<Path> files() throws IOException {
    try (Stream<Path> listing = Files.list(directory)) {
      return listing.toList();
    }
  }

  private void delete() throws IOException {
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
