package dev.decisiontrace.examples.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BacktestMainTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @TempDir Path dir;

  @Test
  void helpPrintsTheUsageAndSucceeds() {
    assertEquals(0, run("--help"));
    assertTrue(out().startsWith("usage: java -jar decisiontrace-backtest.jar [options]"), out());
    assertEquals("", err());
  }

  @Test
  void aWrongCommandLineIsOneLineAndStatusTwo() {
    assertEquals(2, run("--speed", "fast"));
    assertEquals("error: unknown option: --speed (see --help)" + System.lineSeparator(), err());
    assertEquals("", out());
  }

  @Test
  void aMissingDefaultDataFileSaysWhereItLookedAndWhatToPass() {
    // Tests run in the module directory, where ../shared/data/market does not exist.
    Path looked = Path.of("..", "shared", "data", "market", "Coinbase-BTC-USD-PT4H-20160518_20251028.json")
        .toAbsolutePath().normalize();

    assertEquals(1, run());
    assertEquals(
        "error: no market data at " + looked + " (the default, relative to the working directory "
            + Path.of("").toAbsolutePath() + "); pass --data FILE" + System.lineSeparator(),
        err());
  }

  @Test
  void anUnusableDataFileIsOneLineAndStatusOne() throws Exception {
    Path notes = Files.writeString(dir.resolve("notes.txt"), "not market data\n");

    assertEquals(1, run("--data", notes.toString(), "--output", dir.resolve("out.jsonl").toString()));
    assertTrue(err().startsWith("error: " + notes + ": unknown market data format;"), err());
    assertEquals(1, err().lines().count());
  }

  @Test
  void aRunPrintsItsSummaryAndEndsWithTheOutputPath() {
    Path output = dir.resolve("episodes").resolve("aapl.jsonl");

    assertEquals(0, run("--data", MarketFiles.aaplDaily().toString(), "--output", output.toString()));

    List<String> lines = out().lines().toList();
    assertEquals("bars read: 252 (rows skipped: 0, duplicates dropped: 0, out of order: 0, gaps: 55)", lines.get(1));
    assertTrue(lines.stream().anyMatch(line -> line.startsWith("episodes: ") && line.contains(" on AAPL ")), out());
    assertTrue(lines.contains("records exported: " + exportedCount(lines) + ", dropped: 0"), out());
    assertEquals("output: " + output.toAbsolutePath(), lines.get(lines.size() - 1));
    assertEquals("", err());
  }

  @Test
  void aHistoryBarelyLongerThanTheWarmUpSaysHowManyBarsWentToIt() {
    assertEquals(0, run("--data", MarketFiles.aaplDaily().toString(), "--output", dir.resolve("aapl.jsonl").toString()));

    List<String> lines = out().lines().toList();
    assertEquals(
        List.of(
            "note: the first 199 of 252 bars only warmed up the indicators (the trend EMA(200) needs 200 closes),"
                + " leaving 53 bars to decide on",
            "episodes: 1 on AAPL (buy 0, sell 0, close 0, hold 1)"),
        lines.subList(2, 4));
  }

  @Test
  void aRunWithoutClosedTradesHasNoWinRate() {
    assertEquals(0, run("--data", MarketFiles.aaplDaily().toString(), "--output", dir.resolve("aapl.jsonl").toString()));

    assertTrue(
        out().contains("trades closed: 0 (stop 0, target 0, time 0, signal 0, end-of-data 0), win rate n/a"
            + System.lineSeparator()),
        out());
  }

  @Test
  void theSummaryListsTheFirstRowsLeftOutAndCountsTheRest() {
    Path output = dir.resolve("messy.jsonl");

    assertEquals(0, run("--data", MarketFiles.fixture("btc-messy.json").toString(), "--output", output.toString()));

    List<String> lines = out().lines().toList();
    assertEquals(
        List.of(
            "bars read: 5 (rows skipped: 7, duplicates dropped: 1, out of order: 1, gaps: 1)",
            "  btc-messy.json, candles[1] (line 4), field 'high': missing",
            "  btc-messy.json, candles[6] (line 9), field 'close': not a number: \"abc\"",
            "  btc-messy.json, candles[7] (line 10), field 'high': 454.95 is below low 457.3",
            "  btc-messy.json, candles[8] (line 11), field 'low': must be positive, was \"-454.95\"",
            "  btc-messy.json, candles[9] (line 12), field 'volume': not finite: \"NaN\"",
            "  ... and 3 more",
            "note: all 5 bars only warmed up the indicators (the trend EMA(200) needs 200 closes), so nothing was"
                + " decided",
            "episodes: 0 on btc-messy (buy 0, sell 0, close 0, hold 0)"),
        lines.subList(1, 10));
  }

  @Test
  void anOutputThatIsAnEmptyDirectoryIsRefusedAndLeftInPlace() throws Exception {
    Path fresh = Files.createDirectory(dir.resolve("fresh"));

    assertEquals(2, run("--data", MarketFiles.aaplDaily().toString(), "--output", fresh.toString()));

    assertEquals(
        "error: --output " + fresh + " is a directory; it takes a file path, such as "
            + fresh.resolve("backtest-episodes.jsonl") + " (see --help)" + System.lineSeparator(),
        err());
    assertTrue(Files.isDirectory(fresh));
    assertEquals(List.of(), listing(fresh));
  }

  @Test
  void anOutputThatIsADirectoryWithFilesLeavesThemUntouched() throws Exception {
    Path fresh = Files.createDirectory(dir.resolve("fresh"));
    Path kept = Files.writeString(fresh.resolve("notes.txt"), "keep me\n");

    assertEquals(2, run("--data", MarketFiles.aaplDaily().toString(), "--output", fresh.toString()));

    assertTrue(err().startsWith("error: --output " + fresh + " is a directory;"), err());
    assertEquals(List.of(kept), listing(fresh));
    assertEquals("keep me\n", Files.readString(kept));
  }

  @Test
  void anOutputBelowAFileIsOneLineNamingTheFileInTheWay() throws Exception {
    Path inTheWay = Files.writeString(dir.resolve("notes.txt"), "not a directory\n");
    Path output = inTheWay.resolve("episodes.jsonl");

    assertEquals(1, run("--data", MarketFiles.aaplDaily().toString(), "--output", output.toString()));

    assertEquals(
        "error: cannot write the episode file " + output + ": " + inTheWay + " is a file, not a directory"
            + System.lineSeparator(),
        err());
  }

  @Test
  void anEarlierEpisodeFileIsReplaced() throws Exception {
    Path output = Files.writeString(dir.resolve("episodes.jsonl"), "an earlier run\n");

    assertEquals(0, run("--data", MarketFiles.aaplDaily().toString(), "--output", output.toString()));

    assertTrue(Files.readAllLines(output).stream().allMatch(line -> line.startsWith("{")), output.toString());
  }

  @Test
  void aRunThatRecordsNothingStillLeavesTheFileItNames() throws Exception {
    Path output = Files.writeString(dir.resolve("messy.jsonl"), "an earlier run\n");

    assertEquals(0, run("--data", MarketFiles.fixture("btc-messy.json").toString(), "--output", output.toString()));

    assertTrue(out().endsWith("output: " + output + System.lineSeparator()), out());
    assertEquals("", Files.readString(output));
  }

  private static List<Path> listing(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.toList();
    }
  }

  private static String exportedCount(List<String> lines) {
    return lines.stream()
        .filter(line -> line.startsWith("records exported: "))
        .map(line -> line.substring("records exported: ".length(), line.indexOf(',')))
        .findFirst()
        .orElse("?");
  }

  private int run(String... args) {
    return BacktestMain.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }
}
