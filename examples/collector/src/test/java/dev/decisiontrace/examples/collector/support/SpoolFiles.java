package dev.decisiontrace.examples.collector.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * What an SDK's disk spool holds, read from its files: after a crash, the files are the only truth
 * about what reached the disk. A batch file ({@code batch-<sequence>.spool}) is a header line, then
 * one record per line as on the wire.
 */
public final class SpoolFiles {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private SpoolFiles() {}

  /** The batch files in {@code directory}, oldest first; none if it does not exist. */
  public static List<Path> batches(Path directory) throws IOException {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(file -> file.getFileName().toString().matches("batch-\\d+\\.spool")).sorted().toList();
    }
  }

  /** The ids of every record in the batch files of {@code directory}, in the order they were spooled. */
  public static List<String> recordIds(Path directory) throws IOException {
    return batches(directory).stream()
        .flatMap(batch -> lines(batch).stream().skip(1))
        .map(SpoolFiles::recordId)
        .toList();
  }

  private static List<String> lines(Path batch) {
    try {
      return Files.readAllLines(batch, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String recordId(String line) {
    try {
      return MAPPER.readTree(line).get("recordId").asText();
    } catch (IOException e) {
      throw new UncheckedIOException("not a record line: " + line, e);
    }
  }
}
