/**
 * The HTTP/JSON exporter: batches of JSON lines posted to a collector that speaks the DecisionTrace
 * ingestion protocol ({@code docs/collector-protocol.md}), such as the reference collector in
 * {@code examples/collector}. See {@link dev.decisiontrace.export.http.HttpJsonExporter}.
 */
package dev.decisiontrace.export.http;
