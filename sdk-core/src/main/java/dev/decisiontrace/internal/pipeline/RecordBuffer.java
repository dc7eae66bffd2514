package dev.decisiontrace.internal.pipeline;

import dev.decisiontrace.config.FullBufferPolicy;
import dev.decisiontrace.internal.SdkCounters;
import dev.decisiontrace.metrics.DropReason;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The bounded in-memory buffer between recording threads and the export thread, capped both in
 * records and in estimated bytes.
 *
 * <p>{@link #add} is the only method recording threads call: it never blocks, never throws, and
 * counts every record it turns away. It wakes the export thread only when a full batch is waiting, so
 * most adds cost a few atomic operations and no system call.
 */
public final class RecordBuffer {

  private final BoundedQueue<PendingRecord> queue;
  private final long maxBytes;
  private final FullBufferPolicy policy;
  private final int batchSize;
  private final SdkCounters counters;
  private final AtomicLong bytes = new AtomicLong();

  private volatile boolean accepting = true;
  private volatile boolean terminated;
  private volatile Thread consumer;
  private volatile boolean consumerParked;

  public RecordBuffer(
      int maxRecords, long maxBytes, FullBufferPolicy policy, int batchSize, SdkCounters counters) {
    this.queue = new BoundedQueue<>(maxRecords);
    this.maxBytes = maxBytes;
    this.policy = policy;
    this.batchSize = batchSize;
    this.counters = counters;
  }

  /**
   * Queues {@code record} for export, or drops and counts it.
   *
   * @return whether it was queued
   */
  public boolean add(PendingRecord record) {
    if (!accepting) {
      counters.dropped(DropReason.AFTER_SHUTDOWN);
      record.discarded();
      return false;
    }
    long size = record.estimatedBytes();
    long total = bytes.addAndGet(size);
    if (total > maxBytes && total != size && !makeRoomForBytes(size)) {
      bytes.addAndGet(-size);
      counters.dropped(DropReason.BUFFER_BYTES_FULL);
      record.discarded();
      return false;
    }
    if (!queue.offer(record) && !(evictOldest() && queue.offer(record))) {
      bytes.addAndGet(-size);
      counters.dropped(DropReason.BUFFER_FULL);
      record.discarded();
      return false;
    }
    counters.recorded();
    if (terminated) {
      // The export thread may already have taken its last look: whatever is still queued now would
      // sit here forever, so it is counted instead of silently lost.
      dropRemaining(DropReason.AFTER_SHUTDOWN);
    } else if (consumerParked && queue.size() >= batchSize) {
      wakeConsumer();
    }
    return true;
  }

  private boolean makeRoomForBytes(long size) {
    if (policy != FullBufferPolicy.DROP_OLDEST) {
      return false;
    }
    while (bytes.get() > maxBytes) {
      if (!evictOldest()) {
        return false;
      }
    }
    return true;
  }

  private boolean evictOldest() {
    if (policy != FullBufferPolicy.DROP_OLDEST) {
      return false;
    }
    PendingRecord oldest = queue.poll();
    if (oldest == null) {
      return false;
    }
    bytes.addAndGet(-oldest.estimatedBytes());
    counters.dropped(DropReason.EVICTED_OLDEST);
    oldest.discarded();
    return true;
  }

  /** Takes the oldest record, or {@code null}; for the export thread. */
  public PendingRecord poll() {
    PendingRecord record = queue.poll();
    if (record != null) {
      bytes.addAndGet(-record.estimatedBytes());
    }
    return record;
  }

  /** Records waiting now. */
  public int size() {
    return queue.size();
  }

  /** Estimated bytes waiting now. */
  public long bytes() {
    return Math.max(0, bytes.get());
  }

  /** How many records have ever been queued: the position a flush requested now must reach. */
  public long enqueuedCount() {
    return queue.enqueuedCount();
  }

  /** How many records have ever been taken out. */
  public long dequeuedCount() {
    return queue.dequeuedCount();
  }

  /** Refuses further records; they are counted as {@link DropReason#AFTER_SHUTDOWN}. */
  public void stopAccepting() {
    accepting = false;
  }

  /**
   * Marks the buffer as no longer drained and counts what is left under {@code reason}. From now on
   * a record that slips in past {@link #stopAccepting()} is counted by its producer.
   */
  public void terminate(DropReason reason) {
    accepting = false;
    terminated = true;
    dropRemaining(reason);
  }

  private void dropRemaining(DropReason reason) {
    PendingRecord record;
    while ((record = poll()) != null) {
      counters.dropped(reason);
      record.discarded();
    }
  }

  /** Registers the export thread, to be woken when a batch is ready. */
  void consumer(Thread thread) {
    this.consumer = thread;
  }

  /** Called by the consumer around parking, so producers know whether a wake-up is needed. */
  void consumerParked(boolean parked) {
    this.consumerParked = parked;
  }

  /** Whether a full batch is waiting. */
  boolean batchReady() {
    return queue.size() >= batchSize;
  }

  /** Wakes the export thread now (for flush and shutdown). */
  void wakeConsumer() {
    Thread thread = consumer;
    if (thread != null) {
      consumerParked = false;
      LockSupport.unpark(thread);
    }
  }
}
