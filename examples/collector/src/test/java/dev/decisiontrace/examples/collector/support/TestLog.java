package dev.decisiontrace.examples.collector.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The collector's log in this test JVM, as slf4j-simple writes it (src/test/resources/
 * simplelogger.properties): one file for the whole run, flushed after every line, so that a line
 * logged before an answer was sent is in the file once the client has the answer.
 */
public final class TestLog {

  private static final Path FILE = Path.of("target", "collector-tests.log");

  private final long start;

  private TestLog(long start) {
    this.start = start;
  }

  /** A mark at the current end of the log: {@link #linesSince()} returns what is written after it. */
  public static TestLog mark() {
    return new TestLog(size());
  }

  /** The lines written since the mark, as the bytes in the file split at {@code \n} only. */
  public List<String> linesSince() {
    try {
      byte[] all = Files.exists(FILE) ? Files.readAllBytes(FILE) : new byte[0];
      String text = new String(all, (int) start, all.length - (int) start, StandardCharsets.UTF_8);
      // Every line ends with \n, so the piece after the last one is empty and not a line.
      List<String> pieces = Arrays.asList(text.split("\n", -1));
      return pieces.subList(0, pieces.size() - 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long size() {
    try {
      return Files.exists(FILE) ? Files.size(FILE) : 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
