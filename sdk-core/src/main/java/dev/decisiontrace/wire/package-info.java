/**
 * The wire format: how {@link dev.decisiontrace.model.TraceRecord}s travel as newline-delimited
 * JSON, version {@value dev.decisiontrace.wire.WireFormat#SCHEMA_VERSION}.
 *
 * <p>{@link dev.decisiontrace.wire.RecordJsonEncoder} writes records; exporters use it on the export
 * thread. {@code docs/wire-format.md} documents the fields and rules.
 */
package dev.decisiontrace.wire;
