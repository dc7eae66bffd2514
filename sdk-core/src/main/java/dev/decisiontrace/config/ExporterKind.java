package dev.decisiontrace.config;

/**
 * The built-in exporters that {@code decisiontrace.exporter} can choose, written in configuration as
 * {@code file}, {@code logging} or {@code none} (any case, {@code -} or {@code _}).
 */
public enum ExporterKind {
  /** JSON lines to a local file; needs no server. The default. */
  FILE,
  /** One SLF4J log line per record, on logger {@code dev.decisiontrace.records}. */
  LOGGING,
  /** Records are built, counted and discarded: for measuring the SDK itself. */
  NONE
}
