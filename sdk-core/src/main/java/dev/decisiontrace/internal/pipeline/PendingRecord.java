package dev.decisiontrace.internal.pipeline;

import dev.decisiontrace.model.TraceRecord;

/**
 * Something recorded on a caller thread that becomes a {@link TraceRecord} on the export thread.
 *
 * <p>The split is what keeps recording cheap: the caller only hands over references; building the
 * immutable record, checking its values and serialising it all happen later, off the trading thread.
 * Once handed to {@link RecordBuffer#add}, an implementation is never changed again by its producer.
 */
public interface PendingRecord {

  /** A cheap estimate of the memory this record holds, for the buffer's byte cap. */
  long estimatedBytes();

  /**
   * Builds the record. Called once, on the export thread.
   *
   * @return the record, or {@code null} if there is nothing to ship
   */
  TraceRecord toRecord();

  /**
   * Called instead of {@link #toRecord()} when the record is dropped before it is built, on the
   * thread that dropped it (possibly a recording thread), so that it lets go of anything it holds
   * elsewhere. Must be quick and must not throw.
   */
  default void discarded() {}
}
