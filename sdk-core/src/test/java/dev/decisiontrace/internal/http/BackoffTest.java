package dev.decisiontrace.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

  private static final Duration INITIAL = Duration.ofMillis(500);
  private static final Duration MAX = Duration.ofSeconds(30);

  private static Backoff withJitter(double random) {
    return new Backoff(INITIAL, MAX, () -> random);
  }

  @Test
  void theWaitDoublesAfterEachAttemptWhenTheJitterIsCentred() {
    Backoff backoff = withJitter(0.5);

    assertEquals(Duration.ofMillis(500), backoff.afterAttempt(1));
    assertEquals(Duration.ofSeconds(1), backoff.afterAttempt(2));
    assertEquals(Duration.ofSeconds(2), backoff.afterAttempt(3));
    assertEquals(Duration.ofSeconds(4), backoff.afterAttempt(4));
  }

  @Test
  void theLowestJitterHalvesTheWait() {
    assertEquals(Duration.ofMillis(1000), withJitter(0.0).afterAttempt(3));
  }

  @Test
  void theHighestJitterAddsAtMostHalfTheWait() {
    Duration wait = withJitter(Math.nextDown(1.0)).afterAttempt(3);

    assertTrue(wait.compareTo(Duration.ofMillis(2990)) > 0, wait::toString);
    assertTrue(wait.compareTo(Duration.ofMillis(3000)) <= 0, wait::toString);
  }

  @Test
  void noWaitExceedsTheMaximumWhateverTheJitterOrTheAttempt() {
    assertEquals(MAX, withJitter(Math.nextDown(1.0)).afterAttempt(7));
    assertEquals(MAX, withJitter(0.5).afterAttempt(100));
  }

  @Test
  void theJitterStillSpreadsWaitsThatReachedTheMaximum() {
    assertEquals(MAX.dividedBy(2), withJitter(0.0).afterAttempt(100));
  }

  @Test
  void aWaitTheCollectorAskedForIsTakenAsAskedUpToTheMaximum() {
    Backoff backoff = withJitter(0.9);

    assertEquals(Duration.ofSeconds(7), backoff.asked(Duration.ofSeconds(7)));
    assertEquals(MAX, backoff.asked(Duration.ofSeconds(Long.MAX_VALUE)));
    assertEquals(Duration.ZERO, backoff.asked(Duration.ofSeconds(-3)));
  }
}
