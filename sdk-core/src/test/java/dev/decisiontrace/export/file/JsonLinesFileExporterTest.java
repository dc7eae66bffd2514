package dev.decisiontrace.export.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.decisiontrace.export.ExportResult;
import dev.decisiontrace.export.logging.CapturingLogger;
import dev.decisiontrace.model.TraceRecord;
import dev.decisiontrace.wire.RecordJsonDecoder;
import dev.decisiontrace.wire.RecordJsonEncoder;
import dev.decisiontrace.wire.SchemaValidator;
import dev.decisiontrace.wire.TestRecords;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.event.Level;

class JsonLinesFileExporterTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2024-03-15T14:30:05Z"), ZoneOffset.UTC);
  private static final long UNLIMITED = Long.MAX_VALUE;

  @TempDir Path dir;

  private final CapturingLogger logger = new CapturingLogger("test");
  private final RecordJsonEncoder encoder = new RecordJsonEncoder();
  private final RecordJsonDecoder decoder = new RecordJsonDecoder();

  private JsonLinesFileExporter exporter(Path path, long maxBytes, int maxFiles) {
    return new JsonLinesFileExporter(path, maxBytes, maxFiles, false, CLOCK, logger);
  }

  private static List<TraceRecord> episodes(int from, int count) {
    return IntStream.range(from, from + count).<TraceRecord>mapToObj(TestRecords::episode).toList();
  }

  private static List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8);
  }

  private List<TraceRecord> decodeAll(List<String> lines) throws IOException {
    List<TraceRecord> records = new ArrayList<>();
    for (String line : lines) {
      records.add(decoder.decode(line));
    }
    return records;
  }

  /** The rotated files, oldest first, then the active file. */
  private static List<Path> filesInWriteOrder(Path dir, Path active) throws IOException {
    List<Path> files;
    try (Stream<Path> entries = Files.list(dir)) {
      files =
          entries
              .filter(p -> !p.equals(active))
              .sorted(Comparator.comparing(Path::toString))
              .collect(Collectors.toCollection(ArrayList::new));
    }
    if (Files.exists(active)) {
      files.add(active);
    }
    return files;
  }

  private static String fileNames(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.map(p -> p.getFileName().toString()).sorted().collect(Collectors.joining(","));
    }
  }

  @Test
  void eachRecordBecomesOneValidJsonLine() throws IOException {
    Path file = dir.resolve("episodes.jsonl");
    List<TraceRecord> batch =
        List.of(TestRecords.fullEpisode(), TestRecords.fullOutcome(), TestRecords.fullFeedback());

    ExportResult result = exporter(file, UNLIMITED, 0).export(batch);

    assertTrue(result.isSuccess(), result.toString());
    List<String> lines = lines(file);
    lines.forEach(SchemaValidator.records()::assertValid);
    assertEquals(batch, decodeAll(lines));
  }

  @Test
  void theFileEndsWithALineTerminatorAfterEveryExport() throws IOException {
    Path file = dir.resolve("episodes.jsonl");

    exporter(file, UNLIMITED, 0).export(episodes(0, 3));

    String content = Files.readString(file);
    assertTrue(content.endsWith("}\n"));
    assertEquals(3, content.split("\n").length);
  }

  @Test
  void missingParentDirectoriesAreCreated() {
    Path file = dir.resolve("a/b/c/episodes.jsonl");

    assertTrue(exporter(file, UNLIMITED, 0).export(episodes(0, 1)).isSuccess());
    assertTrue(Files.isRegularFile(file));
  }

  @Test
  void recordsAreAppendedToAnExistingFile() throws IOException {
    Path file = dir.resolve("episodes.jsonl");
    exporter(file, UNLIMITED, 0).export(episodes(0, 2));

    exporter(file, UNLIMITED, 0).export(episodes(2, 2));

    assertEquals(episodes(0, 4), decodeAll(lines(file)));
  }

  @Test
  void anEmptyBatchSucceedsAndWritesNothing() {
    Path file = dir.resolve("episodes.jsonl");

    assertTrue(exporter(file, UNLIMITED, 0).export(List.of()).isSuccess());
    assertFalse(Files.exists(file));
  }

  @Test
  void rotationKeepsEveryFileWithinMaxBytesAndEveryRecordExactlyOnceInOrder() throws IOException {
    Path file = dir.resolve("episodes.jsonl");
    long maxBytes = 2_000;
    JsonLinesFileExporter exporter = exporter(file, maxBytes, 0);
    List<TraceRecord> written = new ArrayList<>();

    for (int batch = 0; batch < 20; batch++) {
      List<TraceRecord> records = episodes(batch * 7, 7);
      assertTrue(exporter.export(records).isSuccess());
      written.addAll(records);
    }

    List<Path> files = filesInWriteOrder(dir, file);
    assertTrue(files.size() > 5, "expected several rotations, got " + files);
    List<TraceRecord> read = new ArrayList<>();
    for (Path f : files) {
      assertTrue(Files.size(f) <= maxBytes, f + " has " + Files.size(f) + " bytes");
      read.addAll(decodeAll(lines(f)));
    }
    assertEquals(written, read);
  }

  @Test
  void rotatedFilesAreNamedWithTheUtcTimeAndAnIncreasingSequence() throws IOException {
    Path file = dir.resolve("episodes.jsonl");
    long oneLine = encoder.encode(TestRecords.episode(0)).length + 1;

    exporter(file, oneLine, 0).export(episodes(0, 3));

    assertEquals(
        "episodes-20240315T143005Z-000001.jsonl,episodes-20240315T143005Z-000002.jsonl,episodes.jsonl",
        fileNames(dir));
  }

  @Test
  void theSequenceContinuesAfterRotatedFilesFromAnEarlierRun() throws IOException {
    Path file = dir.resolve("episodes.jsonl");
    Files.writeString(dir.resolve("episodes-20240101T000000Z-000041.jsonl"), "");
    long oneLine = encoder.encode(TestRecords.episode(0)).length + 1;

    exporter(file, oneLine, 0).export(episodes(0, 2));

    assertEquals(
        "episodes-20240101T000000Z-000041.jsonl,episodes-20240315T143005Z-000042.jsonl,episodes.jsonl",
        fileNames(dir));
  }

  @Test
  void aRecordLargerThanMaxBytesIsWrittenAloneInItsOwnFile() throws IOException {
    Path file = dir.resolve("episodes.jsonl");
    JsonLinesFileExporter exporter = exporter(file, 300, 0);
    TraceRecord big = TestRecords.fullEpisode();
    assertTrue(encoder.encode(big).length > 300);

    exporter.export(List.of(TestRecords.minimalFeedback(), big, TestRecords.minimalFeedback()));

    List<Path> files = filesInWriteOrder(dir, file);
    assertEquals(3, files.size());
    assertEquals(List.of(TestRecords.minimalFeedback()), decodeAll(lines(files.get(0))));
    assertEquals(List.of(big), decodeAll(lines(files.get(1))));
    assertEquals(List.of(TestRecords.minimalFeedback()), decodeAll(lines(files.get(2))));
  }

  @Test
  void maxFilesDeletesTheOldestRotatedFiles() throws IOException {
    Path file = dir.resolve("episodes.jsonl");
    long oneLine = encoder.encode(TestRecords.episode(0)).length + 1;

    exporter(file, oneLine, 2).export(episodes(0, 6));

    assertEquals(
        "episodes-20240315T143005Z-000004.jsonl,episodes-20240315T143005Z-000005.jsonl,episodes.jsonl",
        fileNames(dir));
    assertEquals(episodes(5, 1), decodeAll(lines(file)));
  }

  @Test
  void maxFilesZeroKeepsEveryRotatedFile() throws IOException {
    Path file = dir.resolve("episodes.jsonl");
    long oneLine = encoder.encode(TestRecords.episode(0)).length + 1;

    exporter(file, oneLine, 0).export(episodes(0, 6));

    try (Stream<Path> entries = Files.list(dir)) {
      assertEquals(6, entries.count());
    }
  }

  @Test
  void aRotatedFileThatCannotBeDeletedIsReportedWithoutFailingTheExport() throws IOException {
    Path file = dir.resolve("episodes.jsonl");
    Path undeletable = Files.createDirectory(dir.resolve("episodes-20240101T000000Z-000001.jsonl"));
    Files.writeString(undeletable.resolve("inside"), "a non-empty directory cannot be deleted");
    long oneLine = encoder.encode(TestRecords.episode(0)).length + 1;

    ExportResult result = exporter(file, oneLine, 1).export(episodes(0, 2));

    assertTrue(result.isSuccess(), result.toString());
    List<String> warnings = logger.messages(Level.WARN);
    assertEquals(1, warnings.size(), warnings.toString());
    assertTrue(
        warnings.get(0).startsWith("Cannot delete the oldest rotated files next to " + file),
        warnings.get(0));
    assertEquals(episodes(1, 1), decodeAll(lines(file)));
  }

  @Test
  void otherFilesInTheDirectoryAreNeverDeleted() throws IOException {
    Path file = dir.resolve("episodes.jsonl");
    Files.writeString(dir.resolve("other-20240101T000000Z-000001.jsonl"), "keep");
    Files.writeString(dir.resolve("episodes-notes.txt"), "keep");
    long oneLine = encoder.encode(TestRecords.episode(0)).length + 1;

    exporter(file, oneLine, 1).export(episodes(0, 4));

    assertTrue(Files.exists(dir.resolve("other-20240101T000000Z-000001.jsonl")));
    assertTrue(Files.exists(dir.resolve("episodes-notes.txt")));
  }

  @Test
  void aPartialLastLineFromACrashIsTruncatedAtStartAndLogged() throws IOException {
    Path file = dir.resolve("episodes.jsonl");
    String complete = encoder.toJson(TestRecords.episode(0)) + "\n";
    String partial = encoder.toJson(TestRecords.episode(1)).substring(0, 40);
    Files.writeString(file, complete + partial);

    assertTrue(exporter(file, UNLIMITED, 0).export(episodes(2, 1)).isSuccess());

    assertEquals(List.of(TestRecords.episode(0), TestRecords.episode(2)), decodeAll(lines(file)));
    assertEquals(
        List.of(
            "Removed an incomplete last line (40 bytes) from "
                + file
                + ": an earlier write was interrupted"),
        logger.messages(Level.WARN));
  }

  @Test
  void aFileWithoutAnyCompleteLineIsTruncatedToEmpty() throws IOException {
    Path file = dir.resolve("episodes.jsonl");
    Files.writeString(file, "{\"schemaVersion\":\"1.0\",\"ty");

    exporter(file, UNLIMITED, 0).export(episodes(0, 1));

    assertEquals(episodes(0, 1), decodeAll(lines(file)));
  }

  @Test
  void aFileEndingInACompleteLineIsLeftAsItIs() throws IOException {
    Path file = dir.resolve("episodes.jsonl");
    Files.writeString(file, encoder.toJson(TestRecords.episode(0)) + "\n");

    exporter(file, UNLIMITED, 0).export(episodes(1, 1));

    assertEquals(episodes(0, 2), decodeAll(lines(file)));
    assertEquals(List.of(), logger.messages(Level.WARN));
  }

  @Test
  void aConcurrentReaderOnlyEverSeesCompleteParseableLines() throws Exception {
    Path file = dir.resolve("episodes.jsonl");
    JsonLinesFileExporter exporter = exporter(file, 64 * 1024, 0);
    int batches = 400;
    int batchSize = 25;
    AtomicBoolean writing = new AtomicBoolean(true);
    CountDownLatch readerStarted = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      Future<Void> writer =
          threads.submit(
              () -> {
                try {
                  assertTrue(readerStarted.await(60, TimeUnit.SECONDS));
                  for (int b = 0; b < batches; b++) {
                    assertTrue(exporter.export(episodes(b * batchSize, batchSize)).isSuccess());
                  }
                  return null;
                } finally {
                  writing.set(false);
                }
              });
      Future<Integer> reader =
          threads.submit(
              () -> {
                int reads = 0;
                readerStarted.countDown();
                do {
                  byte[] bytes;
                  try {
                    bytes = Files.readAllBytes(file);
                  } catch (NoSuchFileException rotatedAway) {
                    continue;
                  }
                  int end = bytes.length;
                  while (end > 0 && bytes[end - 1] != '\n') {
                    end--;
                  }
                  for (String line :
                      new String(bytes, 0, end, StandardCharsets.UTF_8).split("\n")) {
                    if (!line.isEmpty()) {
                      decoder.decode(line);
                    }
                  }
                  reads++;
                } while (writing.get());
                return reads;
              });

      writer.get(60, TimeUnit.SECONDS);
      assertTrue(reader.get(60, TimeUnit.SECONDS) > 0);
    } finally {
      threads.shutdownNow();
    }
    List<TraceRecord> read = new ArrayList<>();
    for (Path f : filesInWriteOrder(dir, file)) {
      read.addAll(decodeAll(lines(f)));
    }
    assertEquals(episodes(0, batches * batchSize), read);
  }

  @Test
  void exportFailsWithoutThrowingWhenTheParentIsAFile() throws IOException {
    Files.writeString(dir.resolve("blocker"), "not a directory");

    ExportResult result =
        exporter(dir.resolve("blocker/episodes.jsonl"), UNLIMITED, 0).export(episodes(0, 1));

    assertTrue(result.isDone());
    assertFalse(result.isSuccess());
    assertInstanceOf(FileSystemException.class, result.failure());
  }

  @Test
  void exportFailsWithoutThrowingWhenThePathIsADirectory() throws IOException {
    Path file = Files.createDirectory(dir.resolve("episodes.jsonl"));

    ExportResult result = exporter(file, UNLIMITED, 0).export(episodes(0, 1));

    assertFalse(result.isSuccess());
    assertInstanceOf(IOException.class, result.failure());
  }

  @Test
  void aRepeatedErrorIsLoggedOnceWithThePath() throws IOException {
    Path file = Files.createDirectory(dir.resolve("episodes.jsonl"));
    JsonLinesFileExporter exporter = exporter(file, UNLIMITED, 0);

    exporter.export(episodes(0, 1));
    exporter.export(episodes(1, 1));
    exporter.export(episodes(2, 1));

    List<String> warnings = logger.messages(Level.WARN);
    assertEquals(1, warnings.size(), warnings.toString());
    assertTrue(
        warnings.get(0).startsWith("Cannot write records to " + file + ": "), warnings.get(0));
  }

  @Test
  void theExporterRecoversOnceTheCauseIsGone() throws IOException {
    Path blocker = dir.resolve("out");
    Files.writeString(blocker, "not a directory");
    Path file = blocker.resolve("episodes.jsonl");
    JsonLinesFileExporter exporter = exporter(file, UNLIMITED, 0);
    assertFalse(exporter.export(episodes(0, 1)).isSuccess());

    Files.delete(blocker);
    ExportResult result = exporter.export(episodes(1, 1));

    assertTrue(result.isSuccess(), result.toString());
    assertEquals(episodes(1, 1), decodeAll(lines(file)));
    assertEquals(List.of("Writing records to " + file + " again"), logger.messages(Level.INFO));
  }

  @Test
  void aBatchThatCannotBeEncodedFailsAndWritesNothing() {
    Path file = dir.resolve("episodes.jsonl");

    ExportResult result =
        exporter(file, UNLIMITED, 0).export(Arrays.asList(TestRecords.episode(0), null));

    assertFalse(result.isSuccess());
    assertInstanceOf(NullPointerException.class, result.failure());
    assertFalse(Files.exists(file));
  }

  @Test
  void exportAfterShutdownFailsCleanly() throws IOException {
    Path file = dir.resolve("episodes.jsonl");
    JsonLinesFileExporter exporter = exporter(file, UNLIMITED, 0);
    exporter.export(episodes(0, 1));

    assertTrue(exporter.shutdown().isSuccess());
    ExportResult result = exporter.export(episodes(1, 1));

    assertFalse(result.isSuccess());
    assertEquals("exporter is shut down: " + file, result.failure().getMessage());
    assertEquals(episodes(0, 1), decodeAll(lines(file)));
  }

  @Test
  void shutdownTwiceSucceeds() {
    JsonLinesFileExporter exporter = exporter(dir.resolve("episodes.jsonl"), UNLIMITED, 0);

    assertTrue(exporter.shutdown().isSuccess());
    assertTrue(exporter.shutdown().isSuccess());
  }

  @Test
  void flushAndShutdownWithFsyncSucceedAndKeepTheData() throws IOException {
    Path file = dir.resolve("episodes.jsonl");
    JsonLinesFileExporter exporter =
        new JsonLinesFileExporter(file, UNLIMITED, 0, true, CLOCK, logger);

    assertTrue(exporter.export(episodes(0, 2)).isSuccess());
    assertTrue(exporter.flush().isSuccess());
    assertTrue(exporter.shutdown().isSuccess());

    assertEquals(episodes(0, 2), decodeAll(lines(file)));
  }

  @Test
  void anActiveFileWithoutTheJsonlExtensionKeepsItsWholeNameInRotatedNames() throws IOException {
    Path file = dir.resolve("records.log");
    long oneLine = encoder.encode(TestRecords.episode(0)).length + 1;

    exporter(file, oneLine, 0).export(episodes(0, 2));

    assertEquals("records.log,records.log-20240315T143005Z-000001.jsonl", fileNames(dir));
  }

  @Test
  void maxBytesBelowOneIsRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new JsonLinesFileExporter(dir.resolve("x.jsonl"), 0, 0));

    assertEquals("maxBytes must be at least 1: 0", e.getMessage());
  }

  @Test
  void negativeMaxFilesIsRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new JsonLinesFileExporter(dir.resolve("x.jsonl"), 10, -1));

    assertEquals("maxFiles must be 0 (keep all) or more: -1", e.getMessage());
  }

  @Test
  void itsNameIsFile() {
    assertEquals("file", new JsonLinesFileExporter(dir.resolve("x.jsonl"), 10, 0).name());
  }
}
