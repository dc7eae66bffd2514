package dev.decisiontrace.internal.recording;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.InstantSource;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the episode behind an order id, so an outcome reported days later by order id lands on the
 * right episode.
 *
 * <p>Orders of episodes still open are kept in a plain concurrent map, written by the recording
 * thread when it sets the action. When the export thread ships a decided episode, the order moves to
 * a Caffeine cache, bounded in size and expiring after {@code lookup-expiry}: Caffeine is touched only
 * by the export thread, so its maintenance work never lands on a trading thread.
 */
public final class OrderIndex {

  private final ConcurrentHashMap<String, RecordingEpisode> open = new ConcurrentHashMap<>();
  private final Cache<String, String> decided;

  public OrderIndex(long maxSize, Duration expiry, InstantSource clock) {
    this.decided =
        Caffeine.newBuilder()
            .maximumSize(maxSize)
            .expireAfterWrite(expiry)
            .ticker(() -> clock.millis() * 1_000_000L)
            .executor(Runnable::run)
            .build();
  }

  /** Called on the recording thread when an open episode's action names an order. */
  void orderPlaced(String orderId, RecordingEpisode episode) {
    open.put(orderId, episode);
  }

  /** Called when the episode that placed the order was dropped before it was shipped. */
  void forget(String orderId, RecordingEpisode episode) {
    open.remove(orderId, episode);
  }

  /** Called on the export thread when the episode that placed the order is shipped. */
  void episodeShipped(String orderId, String episodeId) {
    open.remove(orderId);
    decided.put(orderId, episodeId);
  }

  /** The id of the episode that placed {@code orderId}, or {@code null} if unknown or forgotten. */
  String episodeIdFor(String orderId) {
    String episodeId = decided.getIfPresent(orderId);
    if (episodeId != null) {
      return episodeId;
    }
    RecordingEpisode episode = open.get(orderId);
    return episode == null ? null : episode.id();
  }

  /** Decided episodes remembered now; for tests and diagnostics. */
  public long rememberedCount() {
    decided.cleanUp();
    return decided.estimatedSize();
  }
}
