/**
 * The JSON-lines file exporter: the SDK's default destination, which needs no server. See {@link
 * dev.decisiontrace.export.file.JsonLinesFileExporter} for its guarantees (rotation, complete lines
 * only, recovery) and {@code docs/wire-format.md} for what a reader of the files should do.
 */
package dev.decisiontrace.export.file;
