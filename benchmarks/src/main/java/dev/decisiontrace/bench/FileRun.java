package dev.decisiontrace.bench;

import dev.decisiontrace.DecisionTrace;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** An end-to-end run into the JSON-lines file (the default exporter); checked line by line. */
@State(Scope.Thread)
public class FileRun extends EndToEndRun {

  @Setup(Level.Invocation)
  public void open() throws IOException {
    start(directory -> DecisionTrace.builder().filePath(directory.resolve("out").resolve("episodes.jsonl")));
  }

  @TearDown(Level.Invocation)
  public void verifyAndDelete() throws IOException {
    try {
      requireAllDelivered();
      long lines = countLines(directory.resolve("out"));
      if (lines != EPISODES) {
        throw new IllegalStateException("expected " + EPISODES + " JSON lines, found " + lines);
      }
    } finally {
      deleteDirectory();
    }
  }

  private static long countLines(Path directory) throws IOException {
    long lines = 0;
    byte[] chunk = new byte[1 << 16];
    List<Path> files;
    try (Stream<Path> listing = Files.list(directory)) {
      files = listing.toList();
    }
    for (Path file : files) {
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
}
