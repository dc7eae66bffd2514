package dev.decisiontrace.examples.collector.query;

import java.util.List;

/**
 * One page of a listing.
 *
 * @param episodes the episodes, newest first
 * @param next where the next page starts, or {@code null} if this is the last
 */
public record EpisodePage(List<EpisodeSummary> episodes, PageCursor next) {

  public EpisodePage {
    episodes = List.copyOf(episodes);
  }
}
