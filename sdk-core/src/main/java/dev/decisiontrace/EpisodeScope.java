package dev.decisiontrace;

/**
 * Ends a period during which an episode was current on a thread, restoring what was current
 * before. Obtained from {@link EpisodeContext#makeCurrent(Episode)}; close it on the same thread,
 * ideally with try-with-resources. Never throws.
 */
public interface EpisodeScope extends AutoCloseable {

  @Override
  void close();
}
