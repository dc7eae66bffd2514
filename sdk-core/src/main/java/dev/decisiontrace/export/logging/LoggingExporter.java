package dev.decisiontrace.export.logging;

import dev.decisiontrace.export.ExportResult;
import dev.decisiontrace.export.RecordExporter;
import dev.decisiontrace.model.TraceRecord;
import dev.decisiontrace.wire.RecordJsonEncoder;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes each record as one SLF4J {@code INFO} event on the logger {@value #LOGGER_NAME}, the
 * message being the record's JSON line (see {@link RecordJsonEncoder}): for development, and for
 * shops whose log pipeline already ships logs somewhere.
 *
 * <p>If {@code INFO} is disabled for that logger, records are neither encoded nor logged and
 * exports still succeed: the logging configuration decides. The JSON is passed as an argument,
 * never as the message pattern, so braces in record values are logged as they are.
 *
 * <p><b>Failures.</b> Export, flush and shutdown never throw: if the logging backend throws, the
 * export fails with that exception (records before it were logged). After {@link #shutdown()},
 * exports fail with an {@link IllegalStateException}.
 *
 * <p><b>Thread-safety.</b> Thread-safe.
 */
public final class LoggingExporter implements RecordExporter {

  /** The name of the logger the records are logged on. */
  public static final String LOGGER_NAME = "dev.decisiontrace.records";

  private final Logger logger;
  private final RecordJsonEncoder encoder = new RecordJsonEncoder();
  private volatile boolean shutDown;

  /** An exporter logging on {@value #LOGGER_NAME}. */
  public LoggingExporter() {
    this(LoggerFactory.getLogger(LOGGER_NAME));
  }

  LoggingExporter(Logger logger) {
    this.logger = logger;
  }

  @Override
  public ExportResult export(List<TraceRecord> batch) {
    if (shutDown) {
      return ExportResult.failure(new IllegalStateException("exporter is shut down: " + name()));
    }
    if (!logger.isInfoEnabled()) {
      // Reporting success here would lose every record while the counters say "exported".
      return ExportResult.failure(
          new IllegalStateException(
              "logger '" + logger.getName() + "' is not enabled at INFO, so records cannot be logged;"
                  + " enable it, or choose another decisiontrace.exporter"));
    }
    try {
      for (TraceRecord record : batch) {
        logger.info("{}", encoder.toJson(record));
      }
      return ExportResult.success();
    } catch (RuntimeException e) {
      return ExportResult.failure(e);
    }
  }

  @Override
  public ExportResult flush() {
    return ExportResult.success();
  }

  @Override
  public ExportResult shutdown() {
    shutDown = true;
    return ExportResult.success();
  }

  @Override
  public String name() {
    return "logging";
  }
}
