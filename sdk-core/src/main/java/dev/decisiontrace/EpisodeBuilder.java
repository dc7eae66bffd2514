package dev.decisiontrace;

import dev.decisiontrace.model.TradingMode;
import java.time.Instant;

/**
 * Describes an episode before it opens. Obtained from {@link DecisionTrace#episode(String)}.
 *
 * <p>Not thread-safe: use it on one thread, then call {@link #open()} once. Invalid values are
 * recorded as the documented fallbacks and flagged, never thrown.
 */
public interface EpisodeBuilder {

  /** The strategy's version. */
  EpisodeBuilder version(String version);

  /** The instrument, such as {@code "BTC-USD"}. */
  EpisodeBuilder instrument(String instrument);

  /** The trading mode; without it, {@code decisiontrace.mode}. */
  EpisodeBuilder mode(TradingMode mode);

  /**
   * When the episode opened; without it, now. In a backtest, pass the bar's time so that the episode
   * describes the simulated moment, not the moment of the replay.
   */
  EpisodeBuilder openedAt(Instant openedAt);

  /** Adds a tag. */
  EpisodeBuilder tag(String tag);

  /**
   * Opens the episode and makes it the current episode of this thread until it is closed.
   *
   * @return the open episode; a no-op episode if recording is disabled, closed or at its limit
   */
  Episode open();
}
