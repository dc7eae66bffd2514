package dev.decisiontrace.examples.backtest;

import dev.decisiontrace.export.ExportResult;
import dev.decisiontrace.export.RecordExporter;
import dev.decisiontrace.model.EpisodeRecord;
import dev.decisiontrace.model.OutcomeRecord;
import dev.decisiontrace.model.TraceRecord;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every record the real SDK exports, for assertions after the trace is closed. */
public final class CapturingExporter implements RecordExporter {

  private final List<TraceRecord> records = new CopyOnWriteArrayList<>();

  @Override
  public ExportResult export(List<TraceRecord> batch) {
    records.addAll(batch);
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

  public List<EpisodeRecord> episodes() {
    return records.stream().filter(EpisodeRecord.class::isInstance).map(EpisodeRecord.class::cast).toList();
  }

  public List<OutcomeRecord> outcomes() {
    return records.stream().filter(OutcomeRecord.class::isInstance).map(OutcomeRecord.class::cast).toList();
  }
}
