package dev.decisiontrace.internal;

import dev.decisiontrace.config.DecisionTraceConfig;
import dev.decisiontrace.export.RecordExporter;
import dev.decisiontrace.export.file.JsonLinesFileExporter;
import dev.decisiontrace.export.logging.LoggingExporter;

/** The exporter {@code decisiontrace.exporter} names. */
public final class BuiltInExporters {

  private BuiltInExporters() {}

  public static RecordExporter create(DecisionTraceConfig config) {
    return switch (config.exporter()) {
      case FILE -> new JsonLinesFileExporter(config.filePath(), config.fileMaxBytes(), config.fileMaxFiles());
      case LOGGING -> new LoggingExporter();
      case NONE -> new DiscardingExporter();
    };
  }
}
