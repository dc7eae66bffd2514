package dev.decisiontrace.internal.http;

import java.time.Duration;
import java.time.Instant;

/** {@link RetryClock#system()}. */
enum SystemRetryClock implements RetryClock {
  INSTANCE;

  @Override
  public long nanoTime() {
    return System.nanoTime();
  }

  @Override
  public Instant now() {
    return Instant.now();
  }

  @Override
  public void sleep(Duration duration) throws InterruptedException {
    Thread.sleep(duration.toMillis(), (int) (duration.toNanos() % 1_000_000));
  }
}
