package dev.decisiontrace.internal;

import dev.decisiontrace.Episode;

/**
 * The thread-local slot behind {@link dev.decisiontrace.EpisodeContext}: one per JVM, shared by all
 * instances, because "the current episode" is a property of the thread, not of an SDK instance.
 */
public final class ContextStorage {

  private static final ThreadLocal<Episode> CURRENT = new ThreadLocal<>();

  private ContextStorage() {}

  /** The episode current on this thread, or {@code null}. */
  public static Episode get() {
    return CURRENT.get();
  }

  /**
   * Makes {@code episode} current on this thread.
   *
   * @return the episode that was current before, to restore later; may be {@code null}
   */
  public static Episode swap(Episode episode) {
    Episode previous = CURRENT.get();
    if (episode == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(episode);
    }
    return previous;
  }
}
