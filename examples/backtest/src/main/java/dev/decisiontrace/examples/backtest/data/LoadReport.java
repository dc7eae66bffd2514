package dev.decisiontrace.examples.backtest.data;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What the loader read, what it left out and what it noticed.
 *
 * @param file the file read
 * @param format the layout detected
 * @param rowsRead data rows found (CSV lines after the header, or JSON array elements), blank lines excluded
 * @param skipped rows left out because a field was missing or invalid, in file order
 * @param duplicates rows left out because an earlier row had the same time, in file order
 * @param outOfOrderRows rows whose time was earlier than the row before them; the bars were sorted
 * @param barInterval the most common spacing between bars; {@link Duration#ZERO} with fewer than two bars
 * @param gaps spacings longer than one and a half bar intervals, oldest first
 */
public record LoadReport(
    Path file,
    MarketDataFormat format,
    int rowsRead,
    List<RowProblem> skipped,
    List<RowProblem> duplicates,
    int outOfOrderRows,
    Duration barInterval,
    List<Gap> gaps) {

  public LoadReport {
    skipped = List.copyOf(skipped);
    duplicates = List.copyOf(duplicates);
    gaps = List.copyOf(gaps);
  }

  /** Bars kept: rows read less the ones skipped and the duplicates. */
  public int barsLoaded() {
    return rowsRead - skipped.size() - duplicates.size();
  }
}
