package dev.decisiontrace.internal.http;

import java.time.Duration;
import java.time.Instant;

/**
 * The time a delivery depends on: a monotonic clock for its deadline, the wall clock for {@code
 * Retry-After} dates, and sleeping between attempts. Tests replace it so that retries run at once.
 *
 * <p>Implementations must be thread-safe: deliveries on several threads share one.
 */
public interface RetryClock {

  /** Monotonic nanoseconds, as {@link System#nanoTime()}. */
  long nanoTime();

  /** The current wall-clock time. */
  Instant now();

  /**
   * Waits {@code duration}.
   *
   * @throws InterruptedException if the thread is interrupted while waiting
   */
  void sleep(Duration duration) throws InterruptedException;

  /** The system's clocks and {@link Thread#sleep}. */
  static RetryClock system() {
    return SystemRetryClock.INSTANCE;
  }
}
