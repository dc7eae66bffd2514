package dev.decisiontrace.examples.backtest.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnusableFileTest {

  private static final String UNKNOWN_FORMAT =
      ": unknown market data format; expected a JSON object with a \"candles\" (Coinbase) or \"ohlc\""
          + " (Yahoo Finance) array, or CSV with the header date,open,high,low,close,volume";

  @TempDir Path dir;

  @Test
  void aMissingFileIsNamed() {
    Path file = dir.resolve("nowhere.json");

    assertEquals(file + ": no such file", failure(file));
  }

  @Test
  void aDirectoryIsRejected() {
    assertEquals(dir + ": is a directory, not a market data file", failure(dir));
  }

  @Test
  void anEmptyFileIsRejected() throws IOException {
    Path file = write("empty.csv", "  \n\n");

    assertEquals(file + ": file is empty", failure(file));
  }

  @Test
  void plainTextIsAnUnknownFormat() throws IOException {
    Path file = write("notes.txt", "these are not bars\n");

    assertEquals(file + UNKNOWN_FORMAT, failure(file));
  }

  @Test
  void jsonWithoutABarArrayIsAnUnknownFormat() throws IOException {
    Path file = write("other.json", "{\"trades\": [{\"price\": 1}]}");

    assertEquals(file + UNKNOWN_FORMAT, failure(file));
  }

  @Test
  void aBarArrayThatIsNotAnArrayIsRejected() throws IOException {
    Path file = write("odd.json", "{\"candles\": {\"start\": \"1\"}}");

    assertEquals(file + ": \"candles\" is not an array (found {)", failure(file));
  }

  @Test
  void aFileCutInsideAnObjectSaysSoWithItsPosition() throws IOException {
    Path file = write("cut.json", "{\"candles\": [\n  {\"start\": \"1463544000\",\n");

    assertEquals(file + ": not valid JSON at line 3, column 1: the file ends in the middle of an object", failure(file));
  }

  @Test
  void aFileCutRightAfterAValueSaysSoWithoutTheParsersSourceDescription() throws IOException {
    // Jackson's message here embeds "(start marker at [Source: REDACTED ...])".
    Path file = write("trunc.json", "{\"candles\": [{\"start\": \"1463544000\"");

    assertEquals(file + ": not valid JSON at line 1, column 36: the file ends in the middle of an object", failure(file));
  }

  @Test
  void aFileCutInsideTheArraySaysSo() throws IOException {
    Path file = write("cut.json", "{\"candles\": [{\"start\": \"1463544000\"},");

    assertEquals(file + ": not valid JSON at line 1, column 38: the file ends in the middle of an array", failure(file));
  }

  @Test
  void aFileCutInsideAStringSaysSo() throws IOException {
    Path file = write("cut.json", "{\"candles\": [{\"start\": \"14635");

    assertEquals(file + ": not valid JSON at line 1, column 30: the file ends in the middle of a string", failure(file));
  }

  @Test
  void aWrongClosingBracketIsReportedWithoutTheParsersSourceDescription() throws IOException {
    Path file = write("odd.json", "{\"candles\": [{\"start\": \"1\"}}");

    assertEquals(file + ": not valid JSON at line 1, column 28: Unexpected close marker '}': expected ']'", failure(file));
  }

  @Test
  void aCsvHeaderWithoutPriceColumnsIsRejected() throws IOException {
    Path file = write("dates.csv", "date,close\n2013-01-02,549.03\n");

    assertEquals(file + ": CSV header \"date,close\" lacks column(s) open, high, low, volume", failure(file));
  }

  @Test
  void aFileWithNoUsableRowSaysWhyWithTheFirstProblem() throws IOException {
    Path file = write("bad.csv", "date,open,high,low,close,volume\n2013-01-02,x,1,1,1,1\n2013-01-03,1,1,1,1\n");

    assertEquals(
        file + ": no usable bars (2 rows read, 2 skipped); first problem: bad.csv, line 2, field 'open': not a"
            + " number: \"x\"",
        failure(file));
  }

  @Test
  void theFormatIsDetectedFromContentNotFromTheFileName() throws Exception {
    Path file = write("candles.txt", "{\"candles\":[{\"start\":\"0\",\"low\":\"1\",\"high\":\"2\",\"open\":\"1\","
        + "\"close\":\"2\",\"volume\":\"0\"}]}");

    MarketData data = MarketDataLoader.load(file);

    assertEquals(MarketDataFormat.COINBASE_CANDLES, data.report().format());
    assertEquals(new Bar(Instant.EPOCH, 1, 2, 1, 2, 0), data.bars().get(0));
  }

  @Test
  void aCsvWithByteOrderMarkCapitalisedHeaderAndExtraColumnsLoads() throws Exception {
    Path file = write("yahoo.csv", "\uFEFFDate,Open,High,Low,Close,Adj Close,Volume\n2013-01-02,553.82,555.00,541.63,549.03,79.02,20018500\n");

    MarketData data = MarketDataLoader.load(file);

    assertEquals(new Bar(Instant.parse("2013-01-02T00:00:00Z"), 553.82, 555.00, 541.63, 549.03, 20_018_500),
        data.bars().get(0));
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  private static String failure(Path file) {
    return assertThrows(MarketDataException.class, () -> MarketDataLoader.load(file)).getMessage();
  }
}
