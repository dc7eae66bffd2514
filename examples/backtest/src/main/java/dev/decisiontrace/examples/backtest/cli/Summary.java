package dev.decisiontrace.examples.backtest.cli;

import dev.decisiontrace.examples.backtest.RunReport;
import dev.decisiontrace.examples.backtest.data.LoadReport;
import dev.decisiontrace.examples.backtest.data.RowProblem;
import dev.decisiontrace.examples.backtest.sim.BacktestResult;
import dev.decisiontrace.examples.backtest.sim.ExitReason;
import dev.decisiontrace.model.Side;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** The lines printed after a run; the last one is always {@code output: <absolute path>}. */
public final class Summary {

  /** Rows skipped that are listed one by one; the rest are counted. */
  static final int PROBLEMS_LISTED = 5;

  private Summary() {}

  public static List<String> lines(RunReport report) {
    LoadReport data = report.data();
    BacktestResult result = report.result();
    List<String> lines = new ArrayList<>();
    lines.add(text("data: %s (%s, %s bars)", data.file().toAbsolutePath().normalize(), data.format().description(),
        shortDuration(data.barInterval())));
    lines.add(text("bars read: %d (rows skipped: %d, duplicates dropped: %d, out of order: %d, gaps: %d)",
        data.barsLoaded(), data.skipped().size(), data.duplicates().size(), data.outOfOrderRows(), data.gaps().size()));
    List<RowProblem> problems = new ArrayList<>(data.skipped());
    problems.addAll(data.duplicates());
    problems.stream().limit(PROBLEMS_LISTED).forEach(problem -> lines.add("  " + problem.message()));
    if (problems.size() > PROBLEMS_LISTED) {
      lines.add(text("  ... and %d more", problems.size() - PROBLEMS_LISTED));
    }
    warmUpNote(report).ifPresent(lines::add);
    Map<Side, Integer> decisions = report.decisions();
    lines.add(text("episodes: %d on %s (buy %d, sell %d, close %d, hold %d)", report.episodes(), report.instrument(),
        decisions.get(Side.BUY), decisions.get(Side.SELL), decisions.get(Side.CLOSE), decisions.get(Side.HOLD)));
    Map<ExitReason, Long> reasons = result.tradesByExitReason();
    lines.add(text("trades closed: %d (stop %d, target %d, time %d, signal %d, end-of-data %d), win rate %s",
        result.trades().size(), reasons.get(ExitReason.STOP), reasons.get(ExitReason.TARGET),
        reasons.get(ExitReason.TIME), reasons.get(ExitReason.SIGNAL), reasons.get(ExitReason.END_OF_DATA),
        percent(result.winRate())));
    lines.add(text("total return: %+.2f%% (equity %.2f -> %.2f, fees %.2f)", 100 * result.totalReturn(),
        result.startingEquity(), result.finalEquity(), result.feesPaid()));
    lines.add(text("records exported: %d, dropped: %d%s", report.metrics().recordsExported(),
        report.metrics().droppedTotal(), report.exportedInTime() ? "" : " (export did not finish in time)"));
    lines.add(text("elapsed: %.2f s", report.elapsed().toNanos() / 1e9));
    lines.add(report.output().summaryLine());
    return lines;
  }

  /** {@code 4h}, {@code 1d}, {@code 7d}, {@code 15m}. */
  static String shortDuration(Duration duration) {
    if (duration.toDays() > 0 && duration.equals(Duration.ofDays(duration.toDays()))) {
      return duration.toDays() + "d";
    }
    if (duration.toHours() > 0 && duration.equals(Duration.ofHours(duration.toHours()))) {
      return duration.toHours() + "h";
    }
    if (duration.toMinutes() > 0 && duration.equals(Duration.ofMinutes(duration.toMinutes()))) {
      return duration.toMinutes() + "m";
    }
    return duration.toString();
  }

  // On a long history the warm-up is a rounding error; on a short one it explains why there is so little.
  private static Optional<String> warmUpNote(RunReport report) {
    int bars = report.result().bars();
    int warmUp = report.warmUpBars();
    if (warmUp <= bars / 2) {
      return Optional.empty();
    }
    int trendPeriod = report.parameters().trendPeriod();
    String why = text("(the trend EMA(%d) needs %d closes)", trendPeriod, trendPeriod);
    return Optional.of(
        warmUp == bars
            ? text("note: all %d bars only warmed up the indicators %s, so nothing was decided", bars, why)
            : text("note: the first %d of %d bars only warmed up the indicators %s, leaving %d bars to decide on",
                warmUp, bars, why, bars - warmUp));
  }

  /** {@code 41.1%}, or {@code n/a} when there is nothing to take a rate of. */
  private static String percent(OptionalDouble fraction) {
    return fraction.isPresent() ? text("%.1f%%", 100 * fraction.getAsDouble()) : "n/a";
  }

  private static String text(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
