package dev.decisiontrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.decisiontrace.model.EpisodeRecord;
import dev.decisiontrace.model.Signal;
import dev.decisiontrace.model.SignalValue;
import dev.decisiontrace.testing.CapturingExporter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConcurrentRecordingTest {

  private static final int THREADS = 8;
  private static final int EPISODES_PER_THREAD = 5_000;

  @Test
  void manyThreadsRecordingAtOnceLoseNothingAndMixNothing() throws Exception {
    CapturingExporter exporter = CapturingExporter.open();
    DecisionTrace trace =
        DecisionTrace.builder().exporter(exporter).shutdownHook(false).bufferMaxRecords(THREADS * EPISODES_PER_THREAD).build();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      String thread = "t" + t;
      done.add(
          pool.submit(
              () -> {
                start.await();
                for (int i = 0; i < EPISODES_PER_THREAD; i++) {
                  try (Episode episode = trace.openEpisode(thread, null)) {
                    episode.signal("thread", thread).signal("seq", i).signal("check", thread.hashCode() * 31 + i);
                    try (StepScope step = episode.step("s")) {
                      step.input("seq", i);
                    }
                  }
                }
                return null;
              }));
    }
    start.countDown();
    for (Future<?> future : done) {
      future.get();
    }
    pool.shutdown();

    assertTrue(trace.close(Duration.ofSeconds(30)));

    List<EpisodeRecord> episodes = exporter.episodes();
    assertEquals(THREADS * EPISODES_PER_THREAD, episodes.size());
    assertEquals(0, trace.metrics().droppedTotal());
    Set<String> seen = new HashSet<>();
    for (EpisodeRecord record : episodes) {
      String thread = record.strategy().name();
      List<Signal> signals = record.signals();
      assertEquals(new SignalValue.Text(thread), signals.get(0).value(), "an episode holds only its own thread's signals");
      double seq = ((SignalValue.Numeric) signals.get(1).value()).value();
      assertEquals(thread.hashCode() * 31 + seq, ((SignalValue.Numeric) signals.get(2).value()).value());
      assertEquals(seq, ((Number) record.steps().get(0).inputs().get("seq")).doubleValue());
      assertTrue(seen.add(thread + "/" + (long) seq), "no record twice");
    }
  }

  @Test
  void oneEpisodeSharedByThreadsKeepsEveryCall() throws Exception {
    CapturingExporter exporter = CapturingExporter.open();
    DecisionTrace trace =
        DecisionTrace.builder().exporter(exporter).shutdownHook(false).set("decisiontrace.limits.max-signals", "100000").build();
    Episode shared = trace.openEpisode("shared", null);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      int thread = t;
      done.add(pool.submit(() -> {
        for (int i = 0; i < 10_000; i++) {
          shared.signal("t" + thread, i);
        }
      }));
    }
    for (Future<?> future : done) {
      future.get();
    }
    pool.shutdown();
    shared.close();
    assertTrue(trace.close(Duration.ofSeconds(30)));
    assertEquals(40_000, exporter.episodes().get(0).signals().size());
  }
}
