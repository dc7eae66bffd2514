package dev.decisiontrace.internal.recording;

import dev.decisiontrace.internal.pipeline.Housekeeping;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Keeps count of open episodes and ships as abandoned those left open past the configured time.
 *
 * <p>Recording threads only bump a counter and append to a lock-free queue; the export thread, in
 * {@link #run()}, moves new arrivals into its own list and scans it, forgetting closed episodes and
 * abandoning expired ones. At shutdown every episode still open is abandoned, so nothing recorded is
 * lost.
 */
public final class OpenEpisodes implements Housekeeping {

  private final int maxOpen;
  private final Duration maxOpenTime;
  private final InstantSource clock;
  private final AtomicInteger open = new AtomicInteger();
  private final ConcurrentLinkedQueue<RecordingEpisode> arrivals = new ConcurrentLinkedQueue<>();
  private final List<RecordingEpisode> tracked = new ArrayList<>();

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
    arrivals.add(episode);
  }

  void ended() {
    open.decrementAndGet();
  }

  /** Episodes open now. */
  public int openCount() {
    return open.get();
  }

  @Override
  public void run() {
    admitArrivals();
    long cutoff = clock.millis() - maxOpenTime.toMillis();
    String reason = "open longer than " + maxOpenTime;
    tracked.removeIf(episode -> !episode.isRecording() || episode.openedBefore(cutoff) && episode.abandonQuietly(reason));
  }

  @Override
  public void shutdown() {
    admitArrivals();
    for (RecordingEpisode episode : tracked) {
      episode.abandonQuietly("still open at shutdown");
    }
    tracked.clear();
  }

  private void admitArrivals() {
    RecordingEpisode episode;
    while ((episode = arrivals.poll()) != null) {
      tracked.add(episode);
    }
  }
}
