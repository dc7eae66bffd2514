package dev.decisiontrace.examples.collector.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Keeps the {@code episodes} table in step with {@code records}, inside the writer's transaction:
 * one row per episode snapshot, its close time from its outcomes, and order-id outcomes linked to the
 * episode whose action carried that order id, whichever of the two arrived first.
 */
final class EpisodeIndex implements AutoCloseable {

  private final PreparedStatement insertEpisode;
  private final PreparedStatement findByOrder;
  private final PreparedStatement linkOutcomes;
  private final PreparedStatement refreshClosedAt;

  EpisodeIndex(Connection connection) throws SQLException {
    insertEpisode =
        connection.prepareStatement(
            """
            INSERT INTO episodes
              (episode_id, record_id, strategy, instrument, mode, decision_status, opened_at, order_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (episode_id) DO NOTHING""");
    // The first episode stored with an order id owns it; order ids are meant to be unique.
    findByOrder =
        connection.prepareStatement(
            "SELECT episode_id FROM episodes WHERE order_id = ? ORDER BY rowid LIMIT 1");
    linkOutcomes =
        connection.prepareStatement(
            """
            UPDATE records SET episode_id = ?
            WHERE type = 'outcome' AND episode_id IS NULL AND order_id = ?""");
    refreshClosedAt =
        connection.prepareStatement(
            """
            UPDATE episodes SET closed_at =
              (SELECT max(closed_at) FROM records WHERE type = 'outcome' AND episode_id = ?1)
            WHERE episode_id = ?1""");
  }

  /** The episode that owns {@code orderId}, or {@code null} if none is stored yet. */
  String episodeForOrder(String orderId) throws SQLException {
    if (orderId == null) {
      return null;
    }
    findByOrder.setString(1, orderId);
    try (ResultSet result = findByOrder.executeQuery()) {
      return result.next() ? result.getString(1) : null;
    }
  }

  /**
   * Indexes a newly stored episode record. A second snapshot of an episode already indexed is kept
   * in {@code records} but does not replace the first.
   */
  void addEpisode(IncomingRecord record) throws SQLException {
    IncomingRecord.EpisodeFacts facts = record.episode();
    insertEpisode.setString(1, record.episodeId());
    insertEpisode.setString(2, record.recordId());
    insertEpisode.setString(3, facts.strategy());
    insertEpisode.setString(4, facts.instrument());
    insertEpisode.setString(5, facts.mode());
    insertEpisode.setString(6, facts.status());
    insertEpisode.setString(7, SortableInstant.format(facts.openedAt()));
    insertEpisode.setString(8, record.orderId());
    if (insertEpisode.executeUpdate() == 0) {
      return;
    }
    // Outcomes arriving after an episode that owns their order id are linked on arrival, so the
    // unlinked ones found here arrived before any episode with that order id.
    if (record.orderId() != null) {
      linkOutcomes.setString(1, record.episodeId());
      linkOutcomes.setString(2, record.orderId());
      linkOutcomes.executeUpdate();
    }
    refresh(record.episodeId());
  }

  /** Recomputes the close time of {@code episodeId} from its outcomes; nothing if it is not indexed. */
  void refresh(String episodeId) throws SQLException {
    refreshClosedAt.setString(1, episodeId);
    refreshClosedAt.executeUpdate();
  }

  @Override
  public void close() throws SQLException {
    try (insertEpisode;
        findByOrder;
        linkOutcomes;
        refreshClosedAt) {
      // The resource list closes every statement, even when closing one of them fails.
    }
  }
}
