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
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A fresh SDK instance writing JSON lines to a fresh directory, per invocation: an invocation records
 * {@link #EPISODES} episodes as fast as it can and then closes the instance, which returns once every
 * episode is in the file. Recording and export run at once, so the invocation lasts as long as the
 * slower of the two: episodes per second is what the pipeline sustains end to end.
 *
 * <p>Starting and checking happen outside the measurement. The buffer holds a whole invocation, so a
 * recording thread faster than the export thread builds a backlog instead of losing episodes; the
 * check afterwards fails the run unless every episode was exported and is a line in the files.
 */
@State(Scope.Thread)
public class FileRun {

  static final int EPISODES = 50_000;
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
            .bufferMaxRecords(2 * EPISODES)
            .bufferMaxBytes(1L << 30)
            .shutdownHook(false)
            .build();
  }

  /** The measured work: record, then wait until everything is written. */
  void recordAndClose(Decision decision) {
    for (int i = 0; i < EPISODES; i++) {
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
