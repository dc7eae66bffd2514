package dev.decisiontrace.examples.backtest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.decisiontrace.examples.backtest.EpisodeFile;
import dev.decisiontrace.examples.backtest.RunReport;
import dev.decisiontrace.examples.backtest.data.LoadReport;
import dev.decisiontrace.examples.backtest.data.MarketDataFormat;
import dev.decisiontrace.examples.backtest.sim.BacktestResult;
import dev.decisiontrace.examples.backtest.strategy.TrendPullbackParameters;
import dev.decisiontrace.metrics.DropReason;
import dev.decisiontrace.metrics.MetricsSnapshot;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DropWarningTest {

  @Test
  void aRunThatExportedEverythingHasNoWarning() {
    assertEquals(Optional.empty(), DropWarning.of(report(Map.of(), true)));
  }

  @Test
  void namesEveryReasonRecordsWereDroppedForWithItsCount() {
    RunReport report = report(Map.of(DropReason.BUFFER_FULL, 250L, DropReason.SHUTDOWN_TIMEOUT, 5L), false);

    assertEquals(
        Optional.of("warning: 255 records were dropped, so the recorded dataset is incomplete"
            + " (buffer-full 250, shutdown-timeout 5)"),
        DropWarning.of(report));
  }

  @Test
  void anExportThatDidNotFinishInTimeIsAWarningEvenWithNoDropCounted() {
    assertEquals(
        Optional.of("warning: the export did not finish in time, so the recorded dataset may be incomplete"),
        DropWarning.of(report(Map.of(), false)));
  }

  private static RunReport report(Map<DropReason, Long> dropped, boolean exportedInTime) {
    Path file = Path.of("bars.csv");
    return new RunReport(
        "AAPL",
        TrendPullbackParameters.defaults(),
        new LoadReport(file, MarketDataFormat.CSV, 2, List.of(), List.of(), 0, Duration.ofDays(1), List.of()),
        Map.of(),
        2,
        new BacktestResult(2, List.of(), 0, 100_000, 100_000),
        new MetricsSnapshot(1, 0, 1, 1, dropped, Map.of(), 0, 0, 0, 0, 0),
        exportedInTime,
        EpisodeFile.given(Path.of("episodes.jsonl")),
        Duration.ofSeconds(1));
  }
}
