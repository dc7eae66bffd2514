package dev.decisiontrace.examples.collector.support;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits for a condition that another thread or process makes true, never longer than a bound. */
public final class Await {

  private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

  private Await() {}

  /**
   * Returns once {@code condition} holds.
   *
   * @throws AssertionError naming {@code what} and the {@code state} seen last, if it did not hold
   *     within {@code timeout}
   */
  public static void until(Duration timeout, String what, BooleanSupplier condition, Supplier<String> state)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() - deadline >= 0) {
        throw new AssertionError("not within " + timeout + ": " + what + " (last seen: " + state.get() + ")");
      }
      TimeUnit.NANOSECONDS.sleep(POLL_NANOS);
    }
  }
}
