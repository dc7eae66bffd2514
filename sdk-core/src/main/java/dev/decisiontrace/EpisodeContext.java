package dev.decisiontrace;

import dev.decisiontrace.internal.ContextStorage;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;

/**
 * The current episode of each thread, and the means to carry it to other threads.
 *
 * <p>An episode opened with {@link EpisodeBuilder#open()} is current on the opening thread until it is
 * closed, so nested code can reach it with {@link Episode#current()} instead of having it passed
 * down. It does not follow work to other threads by itself; wrap the task or the executor to carry it:
 *
 * <pre>{@code
 * Executor executor = EpisodeContext.wrap(Executors.newFixedThreadPool(4));
 * executor.execute(() -> Episode.current().signal("depth", orderBook.depth()));
 * }</pre>
 *
 * <p>Thread-safe. Methods never throw; a {@code null} task or executor is a programming error
 * reported with {@link NullPointerException} at wrap time, before any recording happens.
 */
public final class EpisodeContext {

  private EpisodeContext() {}

  /** The current episode of this thread, or a no-op episode when there is none or it was closed. */
  public static Episode current() {
    Episode episode = ContextStorage.get();
    return episode != null && episode.isRecording() ? episode : NoopDecisionTrace.NOOP_EPISODE;
  }

  /**
   * Makes {@code episode} current on this thread until the returned scope is closed.
   *
   * @param episode the episode; {@code null} makes "no episode" current
   */
  public static EpisodeScope makeCurrent(Episode episode) {
    Episode previous = ContextStorage.swap(episode);
    return () -> ContextStorage.swap(previous);
  }

  /** A task that runs {@code task} with this thread's current episode (as of now) made current. */
  public static Runnable wrap(Runnable task) {
    Objects.requireNonNull(task, "task");
    Episode captured = ContextStorage.get();
    return () -> {
      try (EpisodeScope ignored = makeCurrent(captured)) {
        task.run();
      }
    };
  }

  /** A task that calls {@code task} with this thread's current episode (as of now) made current. */
  public static <T> Callable<T> wrap(Callable<T> task) {
    Objects.requireNonNull(task, "task");
    Episode captured = ContextStorage.get();
    return () -> {
      try (EpisodeScope ignored = makeCurrent(captured)) {
        return task.call();
      }
    };
  }

  /**
   * An executor that carries the submitting thread's current episode into each task it runs on
   * {@code executor}.
   */
  public static Executor wrap(Executor executor) {
    Objects.requireNonNull(executor, "executor");
    return task -> executor.execute(wrap(task));
  }
}
