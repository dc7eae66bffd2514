package dev.decisiontrace.examples.backtest.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.decisiontrace.examples.backtest.MarketFiles;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RealMarketDataTest {

  @Test
  void coinbaseBtcFileLoadsAllItsRowsWithoutProblems() throws Exception {
    LoadReport report = MarketDataLoader.load(MarketFiles.btcUsd4h()).report();

    assertEquals(MarketDataFormat.COINBASE_CANDLES, report.format());
    assertEquals(20_695, report.rowsRead());
    assertEquals(20_695, report.barsLoaded());
    assertEquals(List.of(), report.skipped());
    assertEquals(List.of(), report.duplicates());
    assertEquals(0, report.outOfOrderRows());
    assertEquals(Duration.ofHours(4), report.barInterval());
  }

  @Test
  void coinbaseBtcFileHasItsThreeKnownExchangeOutages() throws Exception {
    List<Gap> gaps = MarketDataLoader.load(MarketFiles.btcUsd4h()).report().gaps();

    assertEquals(
        List.of(
            new Gap(Instant.parse("2017-02-28T16:00:00Z"), Instant.parse("2017-03-01T00:00:00Z"), 1),
            new Gap(Instant.parse("2018-08-10T00:00:00Z"), Instant.parse("2018-08-10T16:00:00Z"), 3),
            new Gap(Instant.parse("2025-10-25T12:00:00Z"), Instant.parse("2025-10-25T20:00:00Z"), 1)),
        gaps);
    assertEquals(Duration.ofHours(16), gaps.get(1).spacing());
  }

  @Test
  void coinbaseValuesWrittenAsStringsBecomeTheFirstBar() throws Exception {
    Bar first = MarketDataLoader.load(MarketFiles.btcUsd4h()).bars().get(0);

    assertEquals(
        new Bar(Instant.parse("2016-05-18T04:00:00Z"), 456.16, 456.81, 455.3, 456.02, 561.88098307), first);
  }

  @Test
  void yahooSp500FileLoadsWeeklyBarsFromNegativeEpochTimes() throws Exception {
    MarketData data = MarketDataLoader.load(MarketFiles.sp500Weekly());
    LoadReport report = data.report();

    assertEquals(MarketDataFormat.YAHOO_OHLC, report.format());
    assertEquals(3_977, report.rowsRead());
    assertEquals(3_977, report.barsLoaded());
    assertEquals(List.of(), report.skipped());
    assertEquals(Duration.ofDays(7), report.barInterval());
    assertEquals(List.of(), report.gaps());
    assertEquals(
        new Bar(Instant.parse("1950-01-02T05:00:00Z"), 16.65999984741211, 17.09000015258789, 16.65999984741211,
            17.09000015258789, 9_040_000),
        data.bars().get(0));
  }

  @Test
  void aaplCsvFileLoadsDailyBarsAndReportsWeekendsAndHolidaysAsGaps() throws Exception {
    MarketData data = MarketDataLoader.load(MarketFiles.aaplDaily());
    LoadReport report = data.report();

    assertEquals(MarketDataFormat.CSV, report.format());
    assertEquals(252, report.rowsRead());
    assertEquals(252, report.barsLoaded());
    assertEquals(List.of(), report.skipped());
    assertEquals(Duration.ofDays(1), report.barInterval());
    assertEquals(55, report.gaps().size());
    assertEquals(
        new Bar(Instant.parse("2013-12-31T00:00:00Z"), 554.17, 561.28, 554.00, 561.02, 7_967_300),
        data.bars().get(251));
  }
}
