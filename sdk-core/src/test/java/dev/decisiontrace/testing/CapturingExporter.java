package dev.decisiontrace.testing;

import dev.decisiontrace.export.ExportResult;
import dev.decisiontrace.export.RecordExporter;
import dev.decisiontrace.model.EpisodeRecord;
import dev.decisiontrace.model.FeedbackRecord;
import dev.decisiontrace.model.OutcomeRecord;
import dev.decisiontrace.model.TraceRecord;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * An exporter that keeps what it receives, for assertions. It can be held shut (every export waits
 * until {@link #open()}), to fill the buffer behind it, and it can be told to fail.
 */
public final class CapturingExporter implements RecordExporter {

  private final List<TraceRecord> records = new CopyOnWriteArrayList<>();
  private final CountDownLatch gate;
  private final CountDownLatch firstExportStarted = new CountDownLatch(1);
  private volatile RuntimeException failure;
  private volatile boolean unreachable;
  private final java.util.concurrent.atomic.AtomicInteger attempts = new java.util.concurrent.atomic.AtomicInteger();
  private volatile boolean shutDown;

  private CapturingExporter(boolean held) {
    this.gate = new CountDownLatch(held ? 1 : 0);
  }

  public static CapturingExporter open() {
    return new CapturingExporter(false);
  }

  /** An exporter whose exports wait until {@link #release()}. */
  public static CapturingExporter held() {
    return new CapturingExporter(true);
  }

  public void release() {
    gate.countDown();
  }

  /** Makes every later export fail with {@code failure}, or succeed again with {@code null}. */
  public void failWith(RuntimeException failure) {
    this.failure = failure;
  }

  /** While true, every export fails as retryable, as when the collector cannot be reached. */
  public void unreachable(boolean unreachable) {
    this.unreachable = unreachable;
  }

  /** Export calls so far, delivered or not. */
  public int attempts() {
    return attempts.get();
  }

  /** Waits until the export thread is inside its first export (and so holding a batch). */
  public boolean awaitFirstExport(Duration timeout) throws InterruptedException {
    return firstExportStarted.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public ExportResult export(List<TraceRecord> batch) {
    firstExportStarted.countDown();
    try {
      gate.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return ExportResult.failure(e);
    }
    attempts.incrementAndGet();
    if (unreachable) {
      return ExportResult.retryableFailure(new java.net.ConnectException("collector unreachable"));
    }
    RuntimeException toThrow = failure;
    if (toThrow != null) {
      throw toThrow;
    }
    records.addAll(batch);
    return ExportResult.success();
  }

  @Override
  public ExportResult flush() {
    return ExportResult.success();
  }

  @Override
  public ExportResult shutdown() {
    shutDown = true;
    return ExportResult.success();
  }

  @Override
  public String name() {
    return "capturing";
  }

  public boolean isShutDown() {
    return shutDown;
  }

  public List<TraceRecord> records() {
    return new ArrayList<>(records);
  }

  public List<EpisodeRecord> episodes() {
    return ofType(EpisodeRecord.class);
  }

  public List<OutcomeRecord> outcomes() {
    return ofType(OutcomeRecord.class);
  }

  public List<FeedbackRecord> feedback() {
    return ofType(FeedbackRecord.class);
  }

  /** Waits (bounded) until a record matching {@code condition} arrived; returns it or fails. */
  public <T extends TraceRecord> T await(Class<T> type, Predicate<T> condition, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      for (T record : ofType(type)) {
        if (condition.test(record)) {
          return record;
        }
      }
      Thread.onSpinWait();
      TimeUnit.MILLISECONDS.sleep(5);
    }
    throw new AssertionError("no matching " + type.getSimpleName() + " within " + timeout + "; got " + records);
  }

  private <T> List<T> ofType(Class<T> type) {
    List<T> matching = new ArrayList<>();
    for (TraceRecord record : records) {
      if (type.isInstance(record)) {
        matching.add(type.cast(record));
      }
    }
    return matching;
  }
}
