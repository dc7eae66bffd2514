package dev.decisiontrace.internal.recording;

import dev.decisiontrace.internal.pipeline.Housekeeping;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Keeps count of open episodes and ships as abandoned those left open past the configured time.
 *
 * <p>An episode is in a concurrent set from the moment it opens until it ends, when it takes itself
 * out: recording threads pay one insert and one removal, and a closed episode is not held here, so it
 * can be collected as soon as it is exported. (Held until the next scan instead, every episode of a
 * busy strategy stayed reachable for up to the housekeeping interval, and the garbage collector
 * copied them all.) The export thread, in {@link #run()}, scans the set and abandons the expired
 * ones. At shutdown every episode still open is abandoned, so nothing recorded is lost.
 */
public final class OpenEpisodes implements Housekeeping {

  private final int maxOpen;
  private final Duration maxOpenTime;
  private final InstantSource clock;
  private final AtomicInteger open = new AtomicInteger();
  private final Set<RecordingEpisode> tracked = ConcurrentHashMap.newKeySet();

  public OpenEpisodes(int maxOpen, Duration maxOpenTime, InstantSource clock) {
    this.maxOpen = maxOpen;
    this.maxOpenTime = maxOpenTime;
    this.clock = clock;
  }

  /** Reserves a slot for a new episode; false when {@code max-open} episodes are already open. */
  boolean tryReserve() {
    if (open.incrementAndGet() > maxOpen) {
      open.decrementAndGet();
      return false;
    }
    return true;
  }

  void opened(RecordingEpisode episode) {
    tracked.add(episode);
  }

  void ended(RecordingEpisode episode) {
    tracked.remove(episode);
    open.decrementAndGet();
  }

  /** Episodes open now. */
  public int openCount() {
    return open.get();
  }

  @Override
  public void run() {
    long cutoff = clock.millis() - maxOpenTime.toMillis();
    String reason = "open longer than " + maxOpenTime;
    for (RecordingEpisode episode : tracked) {
      if (episode.openedBefore(cutoff)) {
        episode.abandonQuietly(reason);
      }
    }
  }

  @Override
  public void shutdown() {
    for (RecordingEpisode episode : tracked) {
      episode.abandonQuietly("still open at shutdown");
    }
  }
}
