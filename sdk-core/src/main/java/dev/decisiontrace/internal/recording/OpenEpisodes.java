package dev.decisiontrace.internal.recording;

import dev.decisiontrace.internal.pipeline.Housekeeping;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The episodes open now: counted against {@code decisiontrace.episode.max-open}, and shipped as
 * abandoned when left open past {@code decisiontrace.episode.max-open-time}.
 *
 * <p>An episode is in the set from open to close, and no longer: the set never holds a closed
 * episode, so memory stays bounded by the open-episode cap even when the export thread is slow.
 * Recording threads add and remove (a concurrent hash set, no global lock); the export thread scans
 * it in {@link #run()}. At shutdown every episode still open is abandoned, so nothing recorded is
 * lost.
 */
public final class OpenEpisodes implements Housekeeping {

  private final int maxOpen;
  private final Duration maxOpenTime;
  private final InstantSource clock;
  private final AtomicInteger open = new AtomicInteger();
  private final Set<RecordingEpisode> episodes = ConcurrentHashMap.newKeySet();

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
    episodes.add(episode);
  }

  void ended(RecordingEpisode episode) {
    episodes.remove(episode);
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
    for (RecordingEpisode episode : episodes) {
      if (episode.openedBefore(cutoff)) {
        episode.abandonQuietly(reason);
      }
    }
  }

  @Override
  public void shutdown() {
    for (RecordingEpisode episode : episodes) {
      episode.abandonQuietly("still open at shutdown");
    }
  }
}
