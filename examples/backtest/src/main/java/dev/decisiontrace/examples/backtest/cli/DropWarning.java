package dev.decisiontrace.examples.backtest.cli;

import dev.decisiontrace.examples.backtest.RunReport;
import dev.decisiontrace.metrics.DropReason;
import dev.decisiontrace.metrics.MetricsSnapshot;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The warning for a run whose records did not all reach the exporter. A dataset with holes must not
 * pass for a complete one, so the command line prints it on standard error and exits with a status
 * of its own.
 */
public final class DropWarning {

  private DropWarning() {}

  /** One line naming each reason records were dropped for; empty when every record was exported. */
  public static Optional<String> of(RunReport report) {
    MetricsSnapshot metrics = report.metrics();
    if (metrics.droppedTotal() > 0) {
      String reasons =
          metrics.dropped().entrySet().stream()
              .filter(dropped -> dropped.getValue() > 0)
              .map(dropped -> name(dropped.getKey()) + " " + dropped.getValue())
              .collect(Collectors.joining(", "));
      return Optional.of(
          "warning: " + metrics.droppedTotal() + " records were dropped, so the recorded dataset is incomplete ("
              + reasons + ")");
    }
    // A timed-out close counts what was still queued as dropped; a batch the exporter had in hand may not be.
    if (!report.exportedInTime()) {
      return Optional.of("warning: the export did not finish in time, so the recorded dataset may be incomplete");
    }
    return Optional.empty();
  }

  private static String name(DropReason reason) {
    return reason.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
