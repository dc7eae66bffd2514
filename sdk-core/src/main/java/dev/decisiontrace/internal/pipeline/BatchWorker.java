package dev.decisiontrace.internal.pipeline;

import dev.decisiontrace.config.SpoolSettings;
import dev.decisiontrace.export.ExportResult;
import dev.decisiontrace.export.RecordExporter;
import dev.decisiontrace.internal.SdkCounters;
import dev.decisiontrace.metrics.DropReason;
import dev.decisiontrace.model.TraceRecord;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The export thread: drains the {@link RecordBuffer} in batches, turns pending records into records,
 * and hands them to the exporter.
 *
 * <p>A batch goes out when {@code batchSize} records wait, or when the oldest has waited
 * {@code batchDelay}. A flush is a request handed to this thread with a completion handle; shutdown
 * runs once: abandon what is still open, drain, replay the spool if the receiver answers, flush,
 * shut the exporter down.
 */
public final class BatchWorker {

  private static final Logger LOG = LoggerFactory.getLogger(BatchWorker.class);
  private static final long HOUSEKEEPING_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(200);
  private static final long INITIAL_REPLAY_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(1);

  private final RecordBuffer buffer;
  private final RecordExporter exporter;
  private final SdkCounters counters;
  private final Housekeeping housekeeping;
  private final int batchSize;
  private final long batchDelayNanos;
  private final Duration exportTimeout;
  private final ConcurrentLinkedQueue<FlushRequest> flushRequests = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean shutdownStarted = new AtomicBoolean();
  private final ExportResult shutdownResult = new ExportResult();
  private final ExportFailureLog failureLog = new ExportFailureLog(LOG);
  private final Thread thread;
  private final DiskSpool spool;
  private final long maxReplayIntervalNanos;
  private long replayIntervalNanos;
  private long nextReplay = System.nanoTime();
  /** Batches dropped or spooled since the last flush completed: a flush is clean only without them. */
  private int undeliveredSinceFlush;
  /** Whether the latest export, live or replayed, was delivered: the receiver is answering. */
  private boolean lastExportDelivered;
  private volatile boolean shutdownRequested;

  public BatchWorker(
      RecordBuffer buffer,
      RecordExporter exporter,
      SdkCounters counters,
      Housekeeping housekeeping,
      int batchSize,
      Duration batchDelay,
      Duration exportTimeout,
      SpoolSettings spoolSettings,
      Duration maxReplayInterval) {
    this.buffer = buffer;
    this.exporter = exporter;
    this.counters = counters;
    this.housekeeping = housekeeping;
    this.batchSize = batchSize;
    this.batchDelayNanos = batchDelay.toNanos();
    this.exportTimeout = exportTimeout;
    this.spool = spoolSettings.enabled() ? new DiskSpool(spoolSettings.directory(), spoolSettings.maxBytes(), counters) : null;
    this.maxReplayIntervalNanos = maxReplayInterval.toNanos();
    this.replayIntervalNanos = Math.min(INITIAL_REPLAY_INTERVAL_NANOS, maxReplayIntervalNanos);
    this.thread = new Thread(this::run, "decisiontrace-export");
    this.thread.setDaemon(true);
    buffer.consumer(thread);
  }

  /** Starts the export thread. */
  public void start() {
    if (spool != null) {
      // Here, not on the export thread: until the spool is read, spoolBytes() says 0 about an earlier
      // run's batches, and an application waiting for 0 would stop before replaying them.
      spool.scanOnce();
    }
    thread.start();
  }

  /**
   * Asks the export thread to export everything queued before this call and flush the exporter.
   *
   * @return completes when done; fails if an export failed on the way
   */
  public ExportResult flush() {
    if (shutdownStarted.get()) {
      return shutdownResult;
    }
    FlushRequest request = new FlushRequest(buffer.enqueuedCount(), new ExportResult());
    flushRequests.add(request);
    buffer.wakeConsumer();
    return request.result();
  }

  /**
   * Starts the shutdown sequence once; later calls return the same result.
   *
   * @return completes when everything was exported and the exporter shut down
   */
  public ExportResult shutdown() {
    if (shutdownStarted.compareAndSet(false, true)) {
      shutdownRequested = true;
      buffer.wakeConsumer();
    }
    return shutdownResult;
  }

  /** Unsticks the export thread after a shutdown that ran out of time. */
  public void abort() {
    thread.interrupt();
  }

  private void run() {
    long deadline = System.nanoTime() + batchDelayNanos;
    long nextHousekeeping = System.nanoTime();
    try {
      while (!shutdownRequested) {
        long now = System.nanoTime();
        if (now - nextHousekeeping >= 0) {
          runHousekeeping();
          nextHousekeeping = now + HOUSEKEEPING_INTERVAL_NANOS;
        }
        FlushRequest flush = flushRequests.poll();
        if (flush != null) {
          completeFlush(flush);
          deadline = System.nanoTime() + batchDelayNanos;
          continue;
        }
        int waiting = buffer.size();
        if (waiting >= batchSize || (waiting > 0 && now - deadline >= 0)) {
          exportBatch();
          deadline = System.nanoTime() + batchDelayNanos;
          continue;
        }
        if (replayDue(now)) {
          replayOldest();
          continue;
        }
        if (waiting == 0) {
          deadline = now + batchDelayNanos;
        }
        long wakeAt = Math.min(deadline, nextHousekeeping);
        if (spool != null && !spool.isEmpty()) {
          wakeAt = Math.min(wakeAt, nextReplay);
        }
        park(wakeAt - now);
      }
      shutDownInOrder();
    } catch (Throwable unexpected) {
      LOG.error("DecisionTrace export thread failed; recording continues but nothing more is exported", unexpected);
      buffer.terminate(DropReason.INTERNAL_ERROR);
      shutdownResult.fail(unexpected);
    }
  }

  private void park(long nanos) {
    if (nanos <= 0) {
      return;
    }
    buffer.consumerParked(true);
    if (!buffer.batchReady() && flushRequests.isEmpty() && !shutdownRequested) {
      LockSupport.parkNanos(this, nanos);
    }
    buffer.consumerParked(false);
  }

  private void runHousekeeping() {
    try {
      housekeeping.run();
    } catch (RuntimeException e) {
      LOG.warn("DecisionTrace housekeeping failed; will retry", e);
    }
  }

  private void completeFlush(FlushRequest request) {
    List<ExportResult> results = new ArrayList<>();
    while (buffer.dequeuedCount() < request.position()) {
      ExportResult batch = exportBatch();
      if (batch == null) {
        break;
      }
      results.add(batch);
    }
    results.add(callExporter(exporter::flush, "flush"));
    if (undeliveredSinceFlush > 0 || (spool != null && !spool.isEmpty())) {
      results.add(
          ExportResult.failure(
              new IllegalStateException(undeliveredSinceFlush + " batches were not delivered since the last flush")));
    }
    undeliveredSinceFlush = 0;
    ExportResult all = ExportResult.ofAll(results);
    all.whenComplete(
        () -> {
          if (all.isSuccess()) {
            request.result().succeed();
          } else {
            request.result().fail(all.failure());
          }
        });
  }

  private void shutDownInOrder() {
    housekeeping.shutdown();
    buffer.stopAccepting();
    List<ExportResult> results = new ArrayList<>();
    ExportResult batch;
    while ((batch = exportBatch()) != null) {
      results.add(batch);
    }
    // A short-lived process may stop before the periodic replay got through the spool (and its own
    // last batches queued behind it): while the receiver answers, deliver it all now.
    if (spool != null && lastExportDelivered && replaySpool(results)) {
      results.removeIf(ExportResult::isRetryable);
    }
    results.add(callExporter(exporter::flush, "flush"));
    results.add(callExporter(exporter::shutdown, "shutdown"));
    buffer.terminate(DropReason.AFTER_SHUTDOWN);
    FlushRequest pending;
    while ((pending = flushRequests.poll()) != null) {
      pending.result().succeed();
    }
    ExportResult all = ExportResult.ofAll(results);
    all.join(exportTimeout);
    if (all.isSuccess()) {
      shutdownResult.succeed();
    } else {
      shutdownResult.fail(all.failure());
    }
  }

  /**
   * Exports one batch, waiting up to the export timeout.
   *
   * @return the batch's result, or {@code null} if nothing was waiting
   */
  private ExportResult exportBatch() {
    List<TraceRecord> batch = new ArrayList<>(Math.min(batchSize, Math.max(1, buffer.size())));
    int taken = 0;
    PendingRecord pending;
    while (taken < batchSize && (pending = buffer.poll()) != null) {
      taken++;
      TraceRecord record = assemble(pending);
      if (record != null) {
        batch.add(record);
      }
    }
    if (taken == 0) {
      return null;
    }
    if (batch.isEmpty()) {
      return ExportResult.success();
    }
    return deliver(Collections.unmodifiableList(batch));
  }

  /**
   * Ships a live batch, or spools it: behind older spooled batches (so that order is kept), or
   * when the exporter fails in a way that may pass.
   */
  private ExportResult deliver(List<TraceRecord> records) {
    if (spool != null && !spool.isEmpty()) {
      undeliveredSinceFlush++;
      return toSpool(records, ExportResult.retryableFailure(new IllegalStateException("spooled behind earlier batches")));
    }
    ExportResult result = export(records);
    if (result.isSuccess()) {
      accountDelivered(records, result);
    } else if (spool != null && (result.isRetryable() || !result.isDone())) {
      undeliveredSinceFlush++;
      failureLog.spooling(exporter.name(), records.size(), result);
      scheduleReplay();
      return toSpool(records, result);
    } else {
      undeliveredSinceFlush++;
      counters.dropped(DropReason.EXPORT_FAILED, records.size());
      failureLog.failed(exporter.name(), records.size(), result);
    }
    return result;
  }

  /**
   * Writes {@code records} to the spool.
   *
   * @return {@code spooled} once they are on disk; a failure that is not retryable if the spool
   *     dropped them (it counted and logged them)
   */
  private ExportResult toSpool(List<TraceRecord> records, ExportResult spooled) {
    return spool.append(records)
        ? spooled
        : ExportResult.failure(new IllegalStateException(records.size() + " records could not be spooled"));
  }

  private boolean replayDue(long now) {
    return spool != null && now - nextReplay >= 0 && !spool.isEmpty();
  }

  /**
   * Sends the oldest spooled batch; on success the next one follows at once.
   *
   * @return the export's result, or {@code null} if the spool held no readable batch
   */
  private ExportResult replayOldest() {
    DiskSpool.SpooledBatch batch = spool.oldest();
    if (batch == null) {
      return null;
    }
    ExportResult result = export(batch.records());
    if (result.isSuccess()) {
      accountDelivered(batch.records(), result);
      spool.remove(batch);
      replayIntervalNanos = Math.min(INITIAL_REPLAY_INTERVAL_NANOS, maxReplayIntervalNanos);
      nextReplay = System.nanoTime();
      if (spool.isEmpty()) {
        failureLog.spoolDrained();
      }
    } else if (result.isRetryable() || !result.isDone()) {
      scheduleReplay();
    } else {
      counters.dropped(DropReason.EXPORT_FAILED, batch.records().size());
      failureLog.failed(exporter.name(), batch.records().size(), result);
      spool.remove(batch);
    }
    return result;
  }

  /**
   * Replays the spool oldest first until it is empty or a batch is kept for later; a batch refused
   * for good is dropped, as on every replay, and its failure added to {@code results}.
   *
   * @return whether the spool is empty now
   */
  private boolean replaySpool(List<ExportResult> results) {
    ExportResult replayed;
    while ((replayed = replayOldest()) != null) {
      if (replayed.isRetryable() || !replayed.isDone()) {
        break;
      }
      if (!replayed.isSuccess()) {
        results.add(replayed);
      }
    }
    return spool.isEmpty();
  }

  private void scheduleReplay() {
    nextReplay = System.nanoTime() + replayIntervalNanos;
    replayIntervalNanos = Math.min(replayIntervalNanos * 2, maxReplayIntervalNanos);
  }

  private ExportResult export(List<TraceRecord> records) {
    ExportResult result = callExporter(() -> exporter.export(records), "export");
    result.join(exportTimeout);
    lastExportDelivered = result.isSuccess();
    if (!result.isSuccess()) {
      counters.exportError();
    }
    return result;
  }

  private void accountDelivered(List<TraceRecord> records, ExportResult result) {
    int refused = result.rejections().size();
    counters.exported(records.size() - refused);
    if (refused > 0) {
      counters.dropped(DropReason.REJECTED, refused);
      failureLog.rejected(exporter.name(), result.rejections());
    }
    failureLog.recovered();
  }

  /** Bytes waiting in the disk spool. */
  public long spoolBytes() {
    return spool == null ? 0 : spool.bytes();
  }

  private TraceRecord assemble(PendingRecord pending) {
    try {
      return pending.toRecord();
    } catch (RuntimeException e) {
      counters.dropped(DropReason.INTERNAL_ERROR);
      failureLog.assemblyFailed(e);
      pending.discarded();
      return null;
    }
  }

  private ExportResult callExporter(ExporterCall call, String what) {
    try {
      ExportResult result = call.run();
      return result != null
          ? result
          : ExportResult.failure(new IllegalStateException(exporter.name() + "." + what + " returned null"));
    } catch (RuntimeException | LinkageError e) {
      return ExportResult.failure(e);
    }
  }

  @FunctionalInterface
  private interface ExporterCall {
    ExportResult run();
  }

  private record FlushRequest(long position, ExportResult result) {}
}
