package dev.decisiontrace.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class BoundedQueueTest {

  @Test
  void holdsExactlyItsLimitEvenWhenTheRingIsLarger() {
    BoundedQueue<Integer> queue = new BoundedQueue<>(5);
    for (int i = 0; i < 5; i++) {
      assertTrue(queue.offer(i));
    }
    assertFalse(queue.offer(5));
    assertEquals(5, queue.size());
  }

  @Test
  void pollsInOfferOrderAndReturnsNullWhenEmpty() {
    BoundedQueue<Integer> queue = new BoundedQueue<>(4);
    for (int round = 0; round < 10; round++) {
      queue.offer(round);
      queue.offer(round + 100);
      assertEquals(round, queue.poll());
      assertEquals(round + 100, queue.poll());
    }
    assertNull(queue.poll());
  }

  @Test
  void concurrentProducersAndConsumersDeliverEveryElementExactlyOnce() throws Exception {
    int producers = 4;
    int perProducer = 200_000;
    BoundedQueue<Integer> queue = new BoundedQueue<>(1024);
    ExecutorService pool = Executors.newFixedThreadPool(producers + 2);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> producing = new ArrayList<>();
    for (int p = 0; p < producers; p++) {
      int base = p * perProducer;
      producing.add(pool.submit(() -> {
        start.await();
        for (int i = 0; i < perProducer; i++) {
          while (!queue.offer(base + i)) {
            Thread.onSpinWait();
          }
        }
        return null;
      }));
    }
    BitSet seen = new BitSet(producers * perProducer);
    List<Future<Integer>> consuming = new ArrayList<>();
    int total = producers * perProducer;
    java.util.concurrent.atomic.AtomicInteger taken = new java.util.concurrent.atomic.AtomicInteger();
    for (int c = 0; c < 2; c++) {
      consuming.add(pool.submit(() -> {
        start.await();
        int duplicates = 0;
        while (taken.get() < total) {
          Integer value = queue.poll();
          if (value == null) {
            Thread.onSpinWait();
            continue;
          }
          taken.incrementAndGet();
          synchronized (seen) {
            if (seen.get(value)) {
              duplicates++;
            }
            seen.set(value);
          }
        }
        return duplicates;
      }));
    }
    start.countDown();
    for (Future<?> future : producing) {
      future.get();
    }
    int duplicates = 0;
    for (Future<Integer> future : consuming) {
      duplicates += future.get();
    }
    pool.shutdown();
    assertEquals(0, duplicates);
    assertEquals(total, seen.cardinality());
  }
}
