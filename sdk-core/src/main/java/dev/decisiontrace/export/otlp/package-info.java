/**
 * The OTLP exporter: records as OpenTelemetry log records, posted over OTLP/HTTP with the JSON
 * encoding, so that an OpenTelemetry Collector (or any OTLP logs receiver) can take episodes. See
 * {@link dev.decisiontrace.export.otlp.OtlpHttpLogExporter}.
 */
package dev.decisiontrace.export.otlp;
