package dev.decisiontrace.examples.backtest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The JSON-lines file a run writes its records to.
 *
 * @param path the file, absolute
 * @param configured whether {@code decisiontrace.file.path} names it (from a system property, the
 *     environment or {@code decisiontrace.properties}), so that DecisionTrace finds it without the
 *     builder
 */
public record EpisodeFile(Path path, boolean configured) implements EpisodeOutput {

  public EpisodeFile {
    path = path.toAbsolutePath().normalize();
  }

  /** A file given by the example, from {@code --output} or its default: to be set on the builder. */
  public static EpisodeFile given(Path path) {
    return new EpisodeFile(path, false);
  }

  /** The file {@code decisiontrace.file.path} names. */
  public static EpisodeFile configured(Path path) {
    return new EpisodeFile(path, true);
  }

  /**
   * Makes {@code path} an empty file, creating its directory, so that the run's records replace an
   * earlier run's (the SDK appends) and the file exists even when the run records nothing.
   *
   * @throws UnusableOutputException if {@code path} is a directory, which is left as it is, or cannot
   *     be written
   */
  void prepare() throws UnusableOutputException {
    if (Files.isDirectory(path)) {
      throw new UnusableOutputException(
          "the episode file " + path + " is a directory; the records need a file path, such as "
              + path.resolve("backtest-episodes.jsonl"));
    }
    try {
      Files.createDirectories(path.getParent());
      Files.newOutputStream(path, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING).close();
    } catch (IOException e) {
      throw new UnusableOutputException("cannot write the episode file " + path + ": " + reason(e));
    }
  }

  @Override
  public String summaryLine() {
    return "output: " + path;
  }

  // NIO's messages are often just a path, which would not say what went wrong.
  private static String reason(IOException e) {
    if (e instanceof FileAlreadyExistsException exists) {
      return exists.getFile() + " is a file, not a directory";
    }
    if (e instanceof AccessDeniedException denied) {
      return "permission denied on " + denied.getFile();
    }
    return e.getMessage() == null ? "input/output error" : e.getMessage();
  }
}
