package dev.decisiontrace.metrics;

/** Why a record was dropped instead of exported. Every drop is counted under one of these. */
public enum DropReason {
  /** The buffer held {@code decisiontrace.buffer.max-records} records. */
  BUFFER_FULL,
  /** The buffer held {@code decisiontrace.buffer.max-bytes} estimated bytes. */
  BUFFER_BYTES_FULL,
  /** Dropped from the head of a full buffer to make room ({@code full-policy=drop-oldest}). */
  EVICTED_OLDEST,
  /** {@code decisiontrace.episode.max-open} episodes were already open. */
  TOO_MANY_OPEN_EPISODES,
  /** Recorded after the instance was closed. */
  AFTER_SHUTDOWN,
  /** Still queued when the shutdown timeout ran out. */
  SHUTDOWN_TIMEOUT,
  /** The exporter reported a failure or did not answer within {@code decisiontrace.export.timeout}. */
  EXPORT_FAILED,
  /** Deleted from the disk spool, oldest first, to stay within {@code decisiontrace.spool.max-bytes}. */
  SPOOL_FULL,
  /** In a spool file that failed its length or checksum check; the file is set aside as {@code .corrupt}. */
  SPOOL_CORRUPT,
  /** The receiver refused the record for good (for example, it failed the collector's validation). */
  REJECTED,
  /** Unusable as a whole (a feedback record with no episode id, an outcome with no id at all). */
  INVALID_RECORD,
  /** The SDK itself failed while building the record; logged once with the cause. */
  INTERNAL_ERROR
}
