package dev.decisiontrace.internal;

import dev.decisiontrace.config.ConfigurationException;
import dev.decisiontrace.config.DecisionTraceConfig;
import dev.decisiontrace.export.RecordExporter;
import dev.decisiontrace.export.file.JsonLinesFileExporter;
import dev.decisiontrace.export.http.HttpJsonExporter;
import dev.decisiontrace.export.logging.LoggingExporter;
import dev.decisiontrace.export.otlp.OtlpHttpLogExporter;

/** The exporter {@code decisiontrace.exporter} names. */
public final class BuiltInExporters {

  private BuiltInExporters() {}

  /**
   * A new exporter of the configured kind, owned by the caller.
   *
   * @throws ConfigurationException if a setting only the exporter can check is invalid, such as an
   *     unreadable {@code decisiontrace.http.tls.ca-file}
   */
  public static RecordExporter create(DecisionTraceConfig config) {
    return switch (config.exporter()) {
      case FILE ->
          new JsonLinesFileExporter(
              config.filePath(), config.fileMaxBytes(), config.fileMaxFiles());
      case LOGGING -> new LoggingExporter();
      case NONE -> new DiscardingExporter();
      case HTTP -> new HttpJsonExporter(config.http(), config.exportTimeout());
      case OTLP -> new OtlpHttpLogExporter(config.otlp(), config.http(), config.exportTimeout());
    };
  }
}
