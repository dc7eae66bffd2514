/**
 * The exporter SPI: where finished records go.
 *
 * <p>An exporter receives batches of immutable {@link dev.decisiontrace.model.TraceRecord}s on the
 * SDK's export thread and answers with an {@link dev.decisiontrace.export.ExportResult}: success,
 * success except records refused for good, a failure that may pass (the SDK keeps the batch in its
 * disk spool and replays it), or a failure that will not (the batch is dropped, counted). The SDK
 * ships a JSON-lines file exporter (the default), an SLF4J logging exporter, the {@code http}
 * exporter for collectors speaking {@code docs/collector-protocol.md}, and an OTLP/HTTP logs exporter
 * for OpenTelemetry Collectors.
 */
package dev.decisiontrace.export;
