package dev.decisiontrace.examples.collector.query;

import dev.decisiontrace.model.EpisodeStatus;
import java.time.Instant;

/**
 * Which episodes to list, newest first by {@code openedAt}. Every filter is optional ({@code null})
 * and they combine with AND.
 *
 * @param strategy only this strategy name, exactly
 * @param instrument only this instrument, exactly
 * @param status only episodes in this merged status
 * @param from only episodes opened at or after this instant
 * @param to only episodes opened before this instant
 * @param limit at most this many episodes, 1 to {@link #MAX_LIMIT}
 * @param after continue after this cursor; {@code null} for the first page
 */
public record EpisodeQuery(
    String strategy,
    String instrument,
    EpisodeStatus status,
    Instant from,
    Instant to,
    int limit,
    PageCursor after) {

  /** The page size when none is asked for. */
  public static final int DEFAULT_LIMIT = 50;

  /** The largest page; a larger {@code limit} is served as this many. */
  public static final int MAX_LIMIT = 500;

  public EpisodeQuery {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ", was " + limit);
    }
  }

  /** Every episode, first page. */
  public static EpisodeQuery all() {
    return new EpisodeQuery(null, null, null, null, null, DEFAULT_LIMIT, null);
  }
}
