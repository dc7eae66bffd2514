package dev.decisiontrace.examples.backtest.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.decisiontrace.examples.backtest.MarketFiles;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each fixture's faults are documented in {@code src/test/resources/market/README.md}. */
class MessyRowsTest {

  @Test
  void coinbaseRowsWithBadFieldsAreSkippedWithFileElementFieldAndReason() throws Exception {
    LoadReport report = MarketDataLoader.load(MarketFiles.fixture("btc-messy.json")).report();

    assertEquals(
        List.of(
            "btc-messy.json, candles[1] (line 4), field 'high': missing",
            "btc-messy.json, candles[6] (line 9), field 'close': not a number: \"abc\"",
            "btc-messy.json, candles[7] (line 10), field 'high': 454.95 is below low 457.3",
            "btc-messy.json, candles[8] (line 11), field 'low': must be positive, was \"-454.95\"",
            "btc-messy.json, candles[9] (line 12), field 'volume': not finite: \"NaN\"",
            "btc-messy.json, candles[10] (line 13), field 'start': not an epoch time in seconds: \"2016-05-19\"",
            "btc-messy.json, candles[11] (line 14): not an object: \"42\""),
        messages(report.skipped()));
  }

  @Test
  void aRowWithTheTimeOfAnEarlierRowIsDroppedAndTheFirstKept() throws Exception {
    MarketData data = MarketDataLoader.load(MarketFiles.fixture("btc-messy.json"));

    assertEquals(
        List.of(
            "btc-messy.json, candles[5] (line 8), field 'start': same time, 2016-05-18T12:00:00Z, as"
                + " candles[4] (line 7); the first row is kept"),
        messages(data.report().duplicates()));
    assertEquals(457.4, data.bars().get(2).close());
  }

  @Test
  void rowsOutOfTimeOrderAreCountedAndSorted() throws Exception {
    MarketData data = MarketDataLoader.load(MarketFiles.fixture("btc-messy.json"));

    assertEquals(1, data.report().outOfOrderRows());
    assertEquals(
        List.of(
            Instant.parse("2016-05-18T04:00:00Z"),
            Instant.parse("2016-05-18T08:00:00Z"),
            Instant.parse("2016-05-18T12:00:00Z"),
            Instant.parse("2016-05-18T16:00:00Z"),
            Instant.parse("2016-05-19T04:00:00Z")),
        data.bars().stream().map(Bar::time).toList());
  }

  @Test
  void rowCountsAddUpAndTheGapIsMeasuredInMissingBars() throws Exception {
    LoadReport report = MarketDataLoader.load(MarketFiles.fixture("btc-messy.json")).report();

    assertEquals(13, report.rowsRead());
    assertEquals(5, report.barsLoaded());
    assertEquals(Duration.ofHours(4), report.barInterval());
    assertEquals(
        List.of(new Gap(Instant.parse("2016-05-18T16:00:00Z"), Instant.parse("2016-05-19T04:00:00Z"), 2)),
        report.gaps());
  }

  @Test
  void yahooRowsWithNanNullFractionalTimeOrInconsistentPricesAreSkipped() throws Exception {
    MarketData data = MarketDataLoader.load(MarketFiles.fixture("sp500-messy.json"));

    assertEquals(
        List.of(
            "sp500-messy.json, ohlc[1] (line 5), field 'openPrice': not finite: \"NaN\"",
            "sp500-messy.json, ohlc[2] (line 6), field 'highPrice': null",
            "sp500-messy.json, ohlc[4] (line 8), field 'endTime': not an epoch time in milliseconds:"
                + " \"-628628400000.5\"",
            "sp500-messy.json, ohlc[5] (line 9), field 'openPrice': 18.0 is outside lowPrice..highPrice"
                + " 17.02..17.35",
            "sp500-messy.json, ohlc[6] (line 10), field 'volume': must not be negative, was \"-1\""),
        messages(data.report().skipped()));
    assertEquals(7, data.report().rowsRead());
  }

  @Test
  void yahooNumbersWrittenAsStringsAreAccepted() throws Exception {
    MarketData data = MarketDataLoader.load(MarketFiles.fixture("sp500-messy.json"));

    assertEquals(
        new Bar(Instant.parse("1950-01-23T05:00:00Z"), 16.92000007629395, 16.92000007629395, 16.72999954223633,
            16.89999961853027, 7_430_000),
        data.bars().get(1));
  }

  @Test
  void csvRowsWithBadFieldsAreSkippedWithFileLineFieldAndReason() throws Exception {
    LoadReport report = MarketDataLoader.load(MarketFiles.fixture("aapl-messy.csv")).report();

    assertEquals(
        List.of(
            "aapl-messy.csv, line 3: expected 6 columns, found 5",
            "aapl-messy.csv, line 4, field 'date': not a yyyy-MM-dd date: \"2013/01/04\"",
            "aapl-messy.csv, line 6, field 'close': not a number: \"n/a\"",
            "aapl-messy.csv, line 7, field 'high': 521.25 is below low 531.89",
            "aapl-messy.csv, line 8, field 'volume': must not be negative, was \"-14557300\"",
            "aapl-messy.csv, line 11, field 'open': empty"),
        messages(report.skipped()));
  }

  @Test
  void csvBlankLinesAreNotRowsAndDuplicatesAreReported() throws Exception {
    LoadReport report = MarketDataLoader.load(MarketFiles.fixture("aapl-messy.csv")).report();

    assertEquals(9, report.rowsRead());
    assertEquals(2, report.barsLoaded());
    assertEquals(1, report.outOfOrderRows());
    assertEquals(
        List.of(
            "aapl-messy.csv, line 10, field 'date': same time, 2013-01-02T00:00:00Z, as line 2; the first row"
                + " is kept"),
        messages(report.duplicates()));
  }

  private static List<String> messages(List<RowProblem> problems) {
    return problems.stream().map(RowProblem::message).toList();
  }
}
