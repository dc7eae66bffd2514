package dev.decisiontrace.internal.http;

/**
 * The moment, on a {@link RetryClock}'s monotonic clock, after which an export makes no further
 * attempt and waits no longer; shared by every request of one export, including the halves of a
 * split batch. Immutable.
 *
 * @param nanoTime the moment, in {@link RetryClock#nanoTime()} terms
 */
public record Deadline(long nanoTime) {

  /** Nanoseconds left at {@code now}; negative once passed. */
  long remainingAt(long now) {
    return nanoTime - now;
  }
}
