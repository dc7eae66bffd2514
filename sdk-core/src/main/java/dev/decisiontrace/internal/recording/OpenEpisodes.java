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
 * <p>Recording threads only bump a counter and append a {@link Ticket} to a lock-free queue; the
 * export thread, in {@link #run()}, moves new arrivals into its own list and scans it, forgetting
 * tickets of ended episodes and abandoning expired ones. An episode empties its ticket when it ends,
 * so that the queue and list, which keep tickets until the next scan, do not keep closed episodes
 * reachable: at high recording rates that held every episode of the last housekeeping interval and
 * made each young collection copy them all. At shutdown every episode still open is abandoned, so
 * nothing recorded is lost.
 */
public final class OpenEpisodes implements Housekeeping {

  private final int maxOpen;
  private final Duration maxOpenTime;
  private final InstantSource clock;
  private final AtomicInteger open = new AtomicInteger();
  private final ConcurrentLinkedQueue<Ticket> arrivals = new ConcurrentLinkedQueue<>();
  private final List<Ticket> tracked = new ArrayList<>();

  /** An open episode's place in the housekeeping lists; empty once the episode has ended. */
  static final class Ticket {

    private volatile RecordingEpisode episode;

    Ticket(RecordingEpisode episode) {
      this.episode = episode;
    }
  }

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

  /** Tracks a new episode by its ticket, which the episode hands back to {@link #ended} when it ends. */
  void opened(Ticket ticket) {
    arrivals.add(ticket);
  }

  void ended(Ticket ticket) {
    ticket.episode = null;
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
    tracked.removeIf(
        ticket -> {
          RecordingEpisode episode = ticket.episode;
          return episode == null || episode.openedBefore(cutoff) && episode.abandonQuietly(reason);
        });
  }

  @Override
  public void shutdown() {
    admitArrivals();
    for (Ticket ticket : tracked) {
      RecordingEpisode episode = ticket.episode;
      if (episode != null) {
        episode.abandonQuietly("still open at shutdown");
      }
    }
    tracked.clear();
  }

  private void admitArrivals() {
    Ticket ticket;
    while ((ticket = arrivals.poll()) != null) {
      tracked.add(ticket);
    }
  }
}
