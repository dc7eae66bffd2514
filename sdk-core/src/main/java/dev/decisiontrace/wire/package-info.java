/**
 * The wire format: how {@link dev.decisiontrace.model.TraceRecord}s travel as newline-delimited
 * JSON, version {@value dev.decisiontrace.wire.WireFormat#SCHEMA_VERSION}.
 *
 * <p>{@link dev.decisiontrace.wire.RecordJsonEncoder} writes records (exporters use it on the
 * export thread), {@link dev.decisiontrace.wire.RecordJsonDecoder} reads them back (collectors,
 * tools, tests), and the JSON Schema at {@link dev.decisiontrace.wire.WireFormat#SCHEMA_RESOURCE}
 * describes them for any language. {@code docs/wire-format.md} documents the fields and rules.
 */
package dev.decisiontrace.wire;
