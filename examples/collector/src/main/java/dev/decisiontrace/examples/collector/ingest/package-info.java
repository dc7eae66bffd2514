/**
 * Ingestion of one batch: the body split into lines, each line parsed and validated against the
 * shipped JSON Schema, the valid ones stored, the others rejected with their line and reason.
 */
package dev.decisiontrace.examples.collector.ingest;
