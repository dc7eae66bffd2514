package dev.decisiontrace.examples.collector.store;

import dev.decisiontrace.examples.collector.query.EpisodePage;
import dev.decisiontrace.examples.collector.query.EpisodeQuery;
import dev.decisiontrace.examples.collector.query.EpisodeSummary;
import dev.decisiontrace.examples.collector.query.PageCursor;
import dev.decisiontrace.model.EpisodeStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads episodes back: one by id with all its records, or a filtered page of summaries. Thread-safe. */
public final class EpisodeReader {

  private static final String SUMMARY_COLUMNS =
      "episode_id, strategy, instrument, mode, status, opened_at, closed_at, order_id";

  private final Database database;

  public EpisodeReader(Database database) {
    this.database = database;
  }

  /** The episode {@code episodeId}, or empty if its snapshot has not been stored. */
  public Optional<StoredEpisode> find(String episodeId) throws StoreException {
    return database.read(
        connection -> {
          EpisodeSummary summary;
          String snapshot;
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT "
                      + SUMMARY_COLUMNS
                      + ", (SELECT json FROM records r WHERE r.record_id = e.record_id)"
                      + " FROM episode_index e WHERE episode_id = ?")) {
            select.setString(1, episodeId);
            try (ResultSet row = select.executeQuery()) {
              if (!row.next()) {
                return Optional.empty();
              }
              summary = summary(row);
              snapshot = row.getString(9);
            }
          }
          return Optional.of(
              new StoredEpisode(
                  summary,
                  snapshot,
                  lines(connection, episodeId, "outcome"),
                  lines(connection, episodeId, "feedback")));
        });
  }

  private static List<String> lines(Connection connection, String episodeId, String type)
      throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT json FROM records WHERE episode_id = ? AND type = ? ORDER BY emitted_at, rowid")) {
      select.setString(1, episodeId);
      select.setString(2, type);
      List<String> lines = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          lines.add(rows.getString(1));
        }
      }
      return lines;
    }
  }

  /** The page of summaries {@code query} asks for, newest opened-at first. */
  public EpisodePage list(EpisodeQuery query) throws StoreException {
    List<String> conditions = new ArrayList<>();
    List<String> arguments = new ArrayList<>();
    condition(conditions, arguments, "strategy = ?", query.strategy());
    condition(conditions, arguments, "instrument = ?", query.instrument());
    condition(
        conditions,
        arguments,
        "status = ?",
        query.status() == null ? null : query.status().name().toLowerCase(Locale.ROOT));
    condition(conditions, arguments, "opened_at >= ?", SortableInstant.format(query.from()));
    condition(conditions, arguments, "opened_at < ?", SortableInstant.format(query.to()));
    PageCursor after = query.after();
    if (after != null) {
      conditions.add("(opened_at < ? OR (opened_at = ? AND episode_id < ?))");
      String openedAt = SortableInstant.format(after.openedAt());
      arguments.addAll(List.of(openedAt, openedAt, after.episodeId()));
    }
    String sql =
        "SELECT "
            + SUMMARY_COLUMNS
            + " FROM episode_index"
            + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
            + " ORDER BY opened_at DESC, episode_id DESC LIMIT ?";
    return database.read(
        connection -> {
          try (PreparedStatement select = connection.prepareStatement(sql)) {
            int index = 1;
            for (String argument : arguments) {
              select.setString(index++, argument);
            }
            // One more than asked tells whether another page follows, without a second query.
            select.setInt(index, query.limit() + 1);
            List<EpisodeSummary> summaries = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                summaries.add(summary(rows));
              }
            }
            if (summaries.size() <= query.limit()) {
              return new EpisodePage(summaries, null);
            }
            List<EpisodeSummary> page = summaries.subList(0, query.limit());
            return new EpisodePage(page, page.get(page.size() - 1).cursor());
          }
        });
  }

  private static void condition(List<String> conditions, List<String> arguments, String sql, String value) {
    if (value != null) {
      conditions.add(sql);
      arguments.add(value);
    }
  }

  private static EpisodeSummary summary(ResultSet row) throws SQLException {
    return new EpisodeSummary(
        row.getString(1),
        row.getString(2),
        row.getString(3),
        row.getString(4),
        EpisodeStatus.valueOf(row.getString(5).toUpperCase(Locale.ROOT)),
        SortableInstant.parse(row.getString(6)),
        SortableInstant.parse(row.getString(7)),
        row.getString(8));
  }
}
