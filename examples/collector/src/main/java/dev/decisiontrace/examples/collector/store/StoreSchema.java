package dev.decisiontrace.examples.collector.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The tables, created on first use. {@code records} is the truth: every line as received, never
 * changed except for linking an order-id outcome to its episode. {@code episodes} is an index derived
 * from it, one row per episode snapshot.
 */
final class StoreSchema {

  /** Kept in SQLite's {@code user_version}, so that a later layout can recognise this one. */
  static final int VERSION = 1;

  private static final List<String> DDL =
      List.of(
          """
          CREATE TABLE IF NOT EXISTS records (
            record_id   TEXT PRIMARY KEY,
            type        TEXT NOT NULL,
            episode_id  TEXT,
            order_id    TEXT,
            emitted_at  TEXT NOT NULL,
            closed_at   TEXT,
            received_at TEXT NOT NULL,
            json        TEXT NOT NULL
          )""",
          "CREATE INDEX IF NOT EXISTS records_by_episode ON records (episode_id, type, emitted_at)",
          """
          CREATE INDEX IF NOT EXISTS unlinked_outcomes_by_order ON records (order_id)
            WHERE type = 'outcome' AND episode_id IS NULL""",
          """
          CREATE TABLE IF NOT EXISTS episodes (
            episode_id      TEXT PRIMARY KEY,
            record_id       TEXT NOT NULL UNIQUE REFERENCES records (record_id),
            strategy        TEXT NOT NULL,
            instrument      TEXT,
            mode            TEXT NOT NULL,
            decision_status TEXT NOT NULL,
            opened_at       TEXT NOT NULL,
            order_id        TEXT,
            closed_at       TEXT
          )""",
          "CREATE INDEX IF NOT EXISTS episodes_by_opened_at ON episodes (opened_at, episode_id)",
          "CREATE INDEX IF NOT EXISTS episodes_by_order ON episodes (order_id)",
          """
          CREATE VIEW IF NOT EXISTS episode_index AS
            SELECT episode_id, record_id, strategy, instrument, mode, opened_at, order_id, closed_at,
                   CASE WHEN closed_at IS NOT NULL THEN 'closed' ELSE decision_status END AS status
            FROM episodes""",
          "PRAGMA user_version = " + VERSION);

  private StoreSchema() {}

  static void createOrCheck(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      int found;
      try (ResultSet result = statement.executeQuery("PRAGMA user_version")) {
        found = result.next() ? result.getInt(1) : 0;
      }
      if (found > VERSION) {
        throw new SQLException(
            "the database has layout version " + found + ", newer than this collector's " + VERSION);
      }
      for (String ddl : DDL) {
        statement.execute(ddl);
      }
    }
  }
}
