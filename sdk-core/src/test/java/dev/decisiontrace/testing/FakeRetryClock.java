package dev.decisiontrace.testing;

import dev.decisiontrace.internal.http.RetryClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A retry clock whose sleeps return at once: each is recorded and moves both clocks forward by its
 * length, so retry tests run instantly and can assert the waits asked for. Thread-safe.
 */
public final class FakeRetryClock implements RetryClock {

  private final Instant start;
  private final AtomicLong elapsedNanos = new AtomicLong();
  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

  public FakeRetryClock(Instant start) {
    this.start = start;
  }

  @Override
  public long nanoTime() {
    return elapsedNanos.get();
  }

  @Override
  public Instant now() {
    return start.plusNanos(elapsedNanos.get());
  }

  @Override
  public void sleep(Duration duration) {
    sleeps.add(duration);
    elapsedNanos.addAndGet(duration.toNanos());
  }

  /** The waits asked for, in order. */
  public List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }
}
