package dev.decisiontrace.examples.collector.ingest;

import dev.decisiontrace.examples.collector.store.IncomingRecord;

/** A line of a body, read: either a valid record to store or a rejection. */
public sealed interface ParsedLine {

  /** A valid record. */
  record Valid(IncomingRecord record) implements ParsedLine {}

  /** A line refused for good. */
  record Invalid(Rejection rejection) implements ParsedLine {}
}
