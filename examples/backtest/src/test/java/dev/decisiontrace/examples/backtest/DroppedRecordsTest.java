package dev.decisiontrace.examples.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run whose records do not all reach the file says so and fails, rather than passing for complete. */
class DroppedRecordsTest {

  private static final Pattern WARNING =
      Pattern.compile("warning: (\\d+) records were dropped, so the recorded dataset is incomplete \\(buffer-full \\1\\)");

  @TempDir Path dir;

  @Test
  void aBufferTooSmallForTheWholeHistoryIsAWarningWithTheReasonAndStatusThree() throws Exception {
    // The smallest buffer the SDK allows fills far faster than one export thread drains it.
    ExampleProcess.Result result =
        new ExampleProcess(dir)
            .systemProperty("decisiontrace.buffer.max-records", "16")
            .systemProperty("decisiontrace.batch.max-size", "16")
            .run("--data", MarketFiles.btcUsd4h().toString());

    assertEquals(3, result.status(), result.err());
    Matcher warning = WARNING.matcher(result.err().strip());
    assertTrue(warning.matches(), result.err());
    assertTrue(result.out().contains(", dropped: " + warning.group(1) + System.lineSeparator()), result.out());
    assertEquals("output: " + dir.resolve("decisiontrace-out").resolve("backtest-episodes.jsonl"), result.lastLine());
  }
}
