package dev.decisiontrace.config;

/**
 * What recording does when the in-memory buffer is full, chosen by
 * {@code decisiontrace.buffer.full-policy} as {@code drop-newest} or {@code drop-oldest}. Neither
 * choice ever blocks the caller.
 */
public enum FullBufferPolicy {
  /** Keep what is queued and drop the record being added (the default). */
  DROP_NEWEST,
  /** Make room by dropping the oldest queued record. */
  DROP_OLDEST
}
