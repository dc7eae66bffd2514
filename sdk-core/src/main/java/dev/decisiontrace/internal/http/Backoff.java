package dev.decisiontrace.internal.http;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * How long to wait before the next attempt: the initial backoff doubled after each failed attempt
 * up to the maximum, each wait spread by ±50 % random jitter so that many SDKs do not retry in
 * step, and never longer than the maximum; a collector's {@code Retry-After} is taken as asked,
 * capped at the maximum. Thread-safe if its random source is.
 */
final class Backoff {

  private final long initialNanos;
  private final Duration max;
  private final DoubleSupplier random;

  /**
   * @param random values in {@code [0, 1)}, such as {@code () ->
   *     ThreadLocalRandom.current().nextDouble()}
   */
  Backoff(Duration initial, Duration max, DoubleSupplier random) {
    this.initialNanos = initial.toNanos();
    this.max = max;
    this.random = random;
  }

  /** The wait after failed attempt number {@code attempt}, counting from 1. */
  Duration afterAttempt(int attempt) {
    long maxNanos = max.toNanos();
    double base = Math.min(initialNanos * Math.pow(2, attempt - 1), maxNanos);
    double jittered = base * (0.5 + random.getAsDouble());
    return Duration.ofNanos((long) Math.min(jittered, maxNanos));
  }

  /** The wait a collector asked for, not negative and at most the maximum. */
  Duration asked(Duration retryAfter) {
    if (retryAfter.isNegative()) {
      return Duration.ZERO;
    }
    return retryAfter.compareTo(max) > 0 ? max : retryAfter;
  }
}
