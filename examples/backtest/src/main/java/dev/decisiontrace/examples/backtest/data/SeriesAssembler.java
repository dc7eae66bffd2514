package dev.decisiontrace.examples.backtest.data;

import dev.decisiontrace.examples.backtest.data.RowSink.LocatedBar;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the bars read from a file into a series: sorted by time, one bar per time, with the bar
 * interval and the gaps measured.
 */
final class SeriesAssembler {

  /** Spacings up to this many bar intervals are jitter (daylight saving, holidays), not gaps. */
  private static final double GAP_THRESHOLD_INTERVALS = 1.5;

  private SeriesAssembler() {}

  static MarketData assemble(Path file, RowSink sink) throws MarketDataException {
    List<LocatedBar> rows = new ArrayList<>(sink.bars());
    if (rows.isEmpty()) {
      throw new MarketDataException(noUsableBars(file, sink));
    }
    int outOfOrder = countOutOfOrder(rows);
    // Stable sort: among rows with the same time, the first in the file comes first and is kept.
    rows.sort(Comparator.comparing(row -> row.bar().time()));

    List<Bar> bars = new ArrayList<>(rows.size());
    List<RowProblem> duplicates = new ArrayList<>();
    LocatedBar kept = null;
    for (LocatedBar row : rows) {
      if (kept != null && kept.bar().time().equals(row.bar().time())) {
        duplicates.add(duplicateOf(kept, row, sink));
      } else {
        bars.add(row.bar());
        kept = row;
      }
    }
    Duration interval = mostCommonSpacing(bars);
    LoadReport report =
        new LoadReport(
            file,
            sink.layout().format(),
            sink.rowsRead(),
            sink.skipped(),
            duplicates,
            outOfOrder,
            interval,
            gaps(bars, interval));
    return new MarketData(bars, report);
  }

  private static String noUsableBars(Path file, RowSink sink) {
    String message = file + ": no usable bars (" + sink.rowsRead() + " rows read, " + sink.skipped().size() + " skipped)";
    return sink.skipped().isEmpty() ? message : message + "; first problem: " + sink.skipped().get(0).message();
  }

  private static int countOutOfOrder(List<LocatedBar> rows) {
    int count = 0;
    for (int i = 1; i < rows.size(); i++) {
      if (rows.get(i).bar().time().isBefore(rows.get(i - 1).bar().time())) {
        count++;
      }
    }
    return count;
  }

  private static RowProblem duplicateOf(LocatedBar kept, LocatedBar dropped, RowSink sink) {
    String reason = "same time, " + kept.bar().time() + ", as " + kept.location() + "; the first row is kept";
    return new RowProblem(sink.fileName(), dropped.location(), sink.layout().timeField(), reason);
  }

  private static Duration mostCommonSpacing(List<Bar> bars) {
    Map<Duration, Integer> counts = new HashMap<>();
    for (int i = 1; i < bars.size(); i++) {
      counts.merge(Duration.between(bars.get(i - 1).time(), bars.get(i).time()), 1, Integer::sum);
    }
    return counts.entrySet().stream()
        .max(Map.Entry.<Duration, Integer>comparingByValue()
            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .map(Map.Entry::getKey)
        .orElse(Duration.ZERO);
  }

  private static List<Gap> gaps(List<Bar> bars, Duration interval) {
    List<Gap> gaps = new ArrayList<>();
    if (interval.isZero()) {
      return gaps;
    }
    double intervalMillis = interval.toMillis();
    for (int i = 1; i < bars.size(); i++) {
      Instant after = bars.get(i - 1).time();
      Instant before = bars.get(i).time();
      double intervals = Duration.between(after, before).toMillis() / intervalMillis;
      if (intervals > GAP_THRESHOLD_INTERVALS) {
        gaps.add(new Gap(after, before, Math.round(intervals) - 1));
      }
    }
    return gaps;
  }
}
