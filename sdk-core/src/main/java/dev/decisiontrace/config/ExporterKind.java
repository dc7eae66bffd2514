package dev.decisiontrace.config;

/**
 * The built-in exporters that {@code decisiontrace.exporter} can choose, written in configuration
 * as {@code file}, {@code logging}, {@code none}, {@code http} or {@code otlp} (any case, {@code -}
 * or {@code _}).
 */
public enum ExporterKind {
  /** JSON lines to a local file; needs no server. The default. */
  FILE,
  /** One SLF4J log line per record, on logger {@code dev.decisiontrace.records}. */
  LOGGING,
  /** Records are built, counted and discarded: for measuring the SDK itself. */
  NONE,
  /**
   * Batches of JSON lines posted to a collector that speaks the DecisionTrace ingestion protocol
   * ({@code docs/collector-protocol.md}), at {@code decisiontrace.http.endpoint}, with the {@code
   * decisiontrace.http.*} settings.
   */
  HTTP,
  /**
   * OpenTelemetry log records over OTLP/HTTP (JSON encoding) to {@code
   * decisiontrace.otlp.endpoint}, such as an OpenTelemetry Collector; transport settings from
   * {@code decisiontrace.http.*}.
   */
  OTLP
}
