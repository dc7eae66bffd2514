package dev.decisiontrace.examples.collector.store;

import dev.decisiontrace.model.TraceRecord.RecordType;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.InstantSource;
import java.util.List;

/**
 * Stores batches of valid records, dropping the ones whose id is already stored, and keeps the
 * episode index in step, all in one transaction per batch.
 *
 * <p>Thread-safe: writes are serialised by the {@link Database}.
 */
public final class RecordStore {

  private static final String INSERT =
      """
      INSERT INTO records (record_id, type, episode_id, order_id, emitted_at, closed_at, received_at, json)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (record_id) DO NOTHING""";

  private final Database database;
  private final InstantSource clock;

  public RecordStore(Database database, InstantSource clock) {
    this.database = database;
    this.clock = clock;
  }

  /**
   * Stores {@code records}; when this returns, the transaction is committed.
   *
   * @throws StoreException if the database failed; then none of them is stored
   */
  public WriteCounts store(List<IncomingRecord> records) throws StoreException {
    if (records.isEmpty()) {
      return WriteCounts.NONE;
    }
    String receivedAt = SortableInstant.format(clock.instant());
    return database.write(
        connection -> {
          int accepted = 0;
          try (PreparedStatement insert = connection.prepareStatement(INSERT);
              EpisodeIndex index = new EpisodeIndex(connection)) {
            for (IncomingRecord record : records) {
              String episodeId = record.episodeId();
              if (episodeId == null && record.type() == RecordType.OUTCOME) {
                episodeId = index.episodeForOrder(record.orderId());
              }
              insert.setString(1, record.recordId());
              insert.setString(2, record.type().wireName());
              insert.setString(3, episodeId);
              insert.setString(4, record.orderId());
              insert.setString(5, SortableInstant.format(record.emittedAt()));
              insert.setString(6, SortableInstant.format(record.closedAt()));
              insert.setString(7, receivedAt);
              insert.setString(8, record.json());
              if (insert.executeUpdate() == 0) {
                continue;
              }
              accepted++;
              if (record.type() == RecordType.EPISODE) {
                index.addEpisode(record);
              } else if (record.type() == RecordType.OUTCOME && episodeId != null) {
                index.refresh(episodeId);
              }
            }
          }
          return new WriteCounts(accepted, records.size() - accepted);
        });
  }
}
