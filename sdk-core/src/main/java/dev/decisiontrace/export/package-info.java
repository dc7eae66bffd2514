/**
 * The exporter SPI: where finished records go.
 *
 * <p>An exporter receives batches of immutable {@link dev.decisiontrace.model.TraceRecord}s on the
 * SDK's export thread and answers with an {@link dev.decisiontrace.export.ExportResult}. The SDK ships
 * a JSON-lines file exporter (the default) and an SLF4J logging exporter; other modules add
 * collectors over the network.
 */
package dev.decisiontrace.export;
