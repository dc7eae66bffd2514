package dev.decisiontrace.internal.pipeline;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A bounded, lock-free, multi-producer multi-consumer array queue (D. Vyukov's design).
 *
 * <p>Chosen over {@code ArrayBlockingQueue} because producers here are trading threads: an offer is
 * a couple of atomic operations and never takes a lock that the export thread might hold. Each slot
 * carries a sequence number that says whether it is free for the producer of a given position or
 * filled for the consumer of it; the release store of that sequence publishes the element.
 * Consumers are allowed too, so that the drop-oldest policy can evict from a producer thread.
 *
 * @param <E> element type; {@code null} elements are not allowed
 */
final class BoundedQueue<E> {

  private final int limit;
  private final int mask;
  private final Object[] elements;
  private final AtomicLongArray sequences;
  private final AtomicLong tail = new AtomicLong();
  private final AtomicLong head = new AtomicLong();

  /** A queue that holds at most {@code limit} elements. */
  BoundedQueue(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    this.limit = limit;
    int capacity = Integer.highestOneBit(Math.max(2, limit) * 2 - 1);
    this.mask = capacity - 1;
    this.elements = new Object[capacity];
    this.sequences = new AtomicLongArray(capacity);
    for (int i = 0; i < capacity; i++) {
      sequences.set(i, i);
    }
  }

  /** Adds {@code element} unless the queue is full; never blocks. */
  boolean offer(E element) {
    long position = tail.get();
    while (true) {
      if (position - head.get() >= limit) {
        return false;
      }
      int index = (int) (position & mask);
      long difference = sequences.getAcquire(index) - position;
      if (difference == 0) {
        if (tail.compareAndSet(position, position + 1)) {
          elements[index] = element;
          sequences.setRelease(index, position + 1);
          return true;
        }
        position = tail.get();
      } else if (difference < 0) {
        return false;
      } else {
        position = tail.get();
      }
    }
  }

  /** Removes and returns the oldest element, or {@code null} if the queue is empty. */
  @SuppressWarnings("unchecked")
  E poll() {
    long position = head.get();
    while (true) {
      int index = (int) (position & mask);
      long difference = sequences.getAcquire(index) - (position + 1);
      if (difference == 0) {
        if (head.compareAndSet(position, position + 1)) {
          E element = (E) elements[index];
          elements[index] = null;
          sequences.setRelease(index, position + mask + 1);
          return element;
        }
        position = head.get();
      } else if (difference < 0) {
        return null;
      } else {
        position = head.get();
      }
    }
  }

  /** How many elements are queued; exact when no offer or poll is in flight. */
  int size() {
    long size = tail.get() - head.get();
    return (int) Math.max(0, Math.min(size, limit));
  }

  /** The number of offers that have succeeded so far: a position a flush can wait for. */
  long enqueuedCount() {
    return tail.get();
  }

  /** The number of polls that have succeeded so far. */
  long dequeuedCount() {
    return head.get();
  }
}
