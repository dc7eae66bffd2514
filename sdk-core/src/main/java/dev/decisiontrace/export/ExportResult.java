package dev.decisiontrace.export;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The completion of an asynchronous export, flush or shutdown: completes once, as a success or a
 * failure, and can be awaited for a bounded time without ever throwing.
 *
 * <p>Thread-safe. Completion callbacks run on the thread that completes the result, or on the
 * registering thread if it is already complete; they must be quick and must not block.
 */
public final class ExportResult {

  private static final ExportResult SUCCESS = completed(null);

  private final CountDownLatch done = new CountDownLatch(1);
  private final List<Runnable> callbacks = new ArrayList<>(2);
  private volatile boolean completed;
  private volatile boolean success;
  private volatile Throwable failure;
  private volatile boolean retryable;
  private volatile List<RecordRejection> rejections = List.of();

  /** A result that is not complete yet; complete it with {@link #succeed()} or {@link #fail}. */
  public ExportResult() {}

  /** An already successful result. */
  public static ExportResult success() {
    return SUCCESS;
  }

  /**
   * An already failed result.
   *
   * @param cause what went wrong; {@code null} is replaced by a generic exception
   */
  public static ExportResult failure(Throwable cause) {
    return completed(cause == null ? new IllegalStateException("export failed") : cause);
  }

  /**
   * An already failed result whose records may be delivered later (the receiver was unreachable,
   * overloaded or timed out): the SDK keeps them, in its disk spool, and tries again.
   *
   * @param cause what went wrong; {@code null} is replaced by a generic exception
   */
  public static ExportResult retryableFailure(Throwable cause) {
    return new ExportResult().failRetryable(cause);
  }

  /** A result that succeeds when all of {@code results} succeed and fails when any fails. */
  public static ExportResult ofAll(List<ExportResult> results) {
    if (results.isEmpty()) {
      return SUCCESS;
    }
    ExportResult all = new ExportResult();
    AtomicInteger pending = new AtomicInteger(results.size());
    for (ExportResult result : results) {
      result.whenComplete(
          () -> {
            if (!result.isSuccess()) {
              all.fail(result.failure());
            } else if (pending.decrementAndGet() == 0) {
              all.succeed();
            }
          });
    }
    return all;
  }

  private static ExportResult completed(Throwable cause) {
    ExportResult result = new ExportResult();
    if (cause == null) {
      result.succeed();
    } else {
      result.fail(cause);
    }
    return result;
  }

  /** Completes this result successfully; does nothing if it is already complete. */
  public ExportResult succeed() {
    complete(true, null);
    return this;
  }

  /**
   * Completes this result as failed; does nothing if it is already complete.
   *
   * @param cause what went wrong; {@code null} is replaced by a generic exception
   */
  public ExportResult fail(Throwable cause) {
    complete(false, cause == null ? new IllegalStateException("export failed") : cause);
    return this;
  }

  /**
   * Completes this result as failed in a way that may succeed later; does nothing if it is already
   * complete. See {@link #retryableFailure(Throwable)}.
   */
  public ExportResult failRetryable(Throwable cause) {
    complete(false, cause == null ? new IllegalStateException("export failed") : cause, true, List.of());
    return this;
  }

  /**
   * Completes this result successfully except for {@code refused}, records the receiver will never
   * accept; the SDK counts them as dropped and does not retry them. Does nothing if already complete.
   */
  public ExportResult succeedExcept(List<RecordRejection> refused) {
    complete(true, null, false, List.copyOf(refused));
    return this;
  }

  private void complete(boolean succeeded, Throwable cause) {
    complete(succeeded, cause, false, List.of());
  }

  private void complete(boolean succeeded, Throwable cause, boolean canRetry, List<RecordRejection> refused) {
    List<Runnable> toRun;
    synchronized (callbacks) {
      if (completed) {
        return;
      }
      this.retryable = canRetry;
      this.rejections = refused;
      this.success = succeeded;
      this.failure = cause;
      this.completed = true;
      toRun = new ArrayList<>(callbacks);
      callbacks.clear();
    }
    done.countDown();
    toRun.forEach(ExportResult::runQuietly);
  }

  /** Runs {@code callback} once this result completes (at once if it already has). */
  public ExportResult whenComplete(Runnable callback) {
    Objects.requireNonNull(callback, "callback");
    synchronized (callbacks) {
      if (!completed) {
        callbacks.add(callback);
        return this;
      }
    }
    runQuietly(callback);
    return this;
  }

  /**
   * Waits up to {@code timeout} for completion. Never throws: on timeout or interruption the result
   * simply stays incomplete (and the interrupt flag is restored).
   *
   * @return this result, to check {@link #isDone()} and {@link #isSuccess()}
   */
  public ExportResult join(Duration timeout) {
    if (completed) {
      return this;
    }
    try {
      done.await(Math.max(0, timeout.toNanos()), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return this;
  }

  /** Whether this result has completed, successfully or not. */
  public boolean isDone() {
    return completed;
  }

  /** Whether this result has completed successfully. */
  public boolean isSuccess() {
    return completed && success;
  }

  /**
   * Whether it failed in a way that may succeed later, so its records should be kept and retried;
   * false for a success, a pending result and a permanent failure.
   */
  public boolean isRetryable() {
    return completed && !success && retryable;
  }

  /** Records the receiver refused for good on an otherwise successful export; empty otherwise. */
  public List<RecordRejection> rejections() {
    return rejections;
  }

  /** Why it failed, or {@code null} if it has not failed. */
  public Throwable failure() {
    return failure;
  }

  private static void runQuietly(Runnable callback) {
    try {
      callback.run();
    } catch (RuntimeException ignored) {
      // A callback's failure must not stop the others, nor reach the thread completing the result.
    }
  }

  @Override
  public String toString() {
    if (!completed) {
      return "ExportResult{pending}";
    }
    return success ? "ExportResult{success}" : "ExportResult{failed: " + failure + "}";
  }
}
