package dev.decisiontrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.decisiontrace.testing.CapturingExporter;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EpisodeContextTest {

  private final ExecutorService pool = Executors.newSingleThreadExecutor();
  private final CapturingExporter exporter = CapturingExporter.open();
  private final DecisionTrace trace = DecisionTrace.builder().exporter(exporter).shutdownHook(false).build();

  @AfterEach
  void tearDown() {
    pool.shutdownNow();
    trace.close(Duration.ofSeconds(10));
  }

  @Test
  void theCurrentEpisodeDoesNotFollowWorkToAnotherThreadByItself() throws Exception {
    try (Episode ignored = trace.openEpisode("s", null)) {
      Future<Boolean> seen = pool.submit(() -> Episode.current().isRecording());
      assertFalse(seen.get());
    }
  }

  @Test
  void aWrappedExecutorCarriesTheSubmittersEpisodeIntoTheTask() throws Exception {
    var executor = EpisodeContext.wrap(pool);
    try (Episode episode = trace.openEpisode("s", null)) {
      CompletableFuture<Episode> seen = new CompletableFuture<>();
      executor.execute(() -> {
        Episode.current().signal("fromPool", 1.0);
        seen.complete(Episode.current());
      });
      assertSame(episode, seen.get());
    }
    trace.flush(Duration.ofSeconds(10));
    assertEquals("fromPool", exporter.episodes().get(0).signals().get(0).name());
  }

  @Test
  void aWrappedTaskRestoresTheWorkersOwnContextAfterwards() throws Exception {
    try (Episode ignored = trace.openEpisode("s", null)) {
      pool.submit(EpisodeContext.wrap(() -> {})).get();
    }
    assertFalse(pool.submit(() -> Episode.current().isRecording()).get());
  }

  @Test
  void aWrappedCallableSeesTheEpisodeCapturedWhenItWasWrapped() throws Exception {
    try (Episode episode = trace.openEpisode("s", null)) {
      assertSame(episode, pool.submit(EpisodeContext.wrap(Episode::current)).get());
    }
  }

  @Test
  void makeCurrentHandsAnEpisodeToThisThreadUntilTheScopeCloses() {
    Episode episode = trace.openEpisode("s", null);
    try (EpisodeScope ignored = EpisodeContext.makeCurrent(null)) {
      assertFalse(Episode.current().isRecording());
      try (EpisodeScope inner = EpisodeContext.makeCurrent(episode)) {
        assertSame(episode, Episode.current());
      }
      assertFalse(Episode.current().isRecording());
    }
    episode.close();
  }

  @Test
  void wrappingNullIsRejectedAtOnce() {
    assertThrows(NullPointerException.class, () -> EpisodeContext.wrap((Runnable) null));
  }
}
