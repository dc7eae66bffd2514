package dev.decisiontrace.internal;

import dev.decisiontrace.export.ExportResult;
import dev.decisiontrace.export.RecordExporter;
import dev.decisiontrace.model.TraceRecord;
import java.util.List;

/** {@code decisiontrace.exporter=none}: records are built and counted, then discarded. */
public final class DiscardingExporter implements RecordExporter {

  @Override
  public ExportResult export(List<TraceRecord> batch) {
    return ExportResult.success();
  }

  @Override
  public ExportResult flush() {
    return ExportResult.success();
  }

  @Override
  public ExportResult shutdown() {
    return ExportResult.success();
  }

  @Override
  public String name() {
    return "none";
  }
}
