package dev.decisiontrace.examples.collector.store;

import dev.decisiontrace.model.EpisodeRecord;
import dev.decisiontrace.model.FeedbackRecord;
import dev.decisiontrace.model.OutcomeRecord;
import dev.decisiontrace.model.TraceRecord;
import dev.decisiontrace.model.TraceRecord.RecordType;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * A valid record to store: the line exactly as received, and the fields the store indexes.
 *
 * @param recordId the record's id, its identity for deduplication
 * @param type episode, outcome or feedback
 * @param episodeId the episode it belongs to; {@code null} only for an outcome known by order id
 * @param orderId an episode's {@code action.orderId}, or an outcome's {@code orderId}; or {@code null}
 * @param emittedAt when the SDK made the record; orders an episode's outcomes and feedback
 * @param closedAt an outcome's {@code closedAt}, or {@code null}
 * @param episode the indexed fields of an episode record; {@code null} for other types
 * @param json the line as received, without its terminator
 */
public record IncomingRecord(
    String recordId,
    RecordType type,
    String episodeId,
    String orderId,
    Instant emittedAt,
    Instant closedAt,
    EpisodeFacts episode,
    String json) {

  public IncomingRecord {
    Objects.requireNonNull(recordId, "recordId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(emittedAt, "emittedAt");
    Objects.requireNonNull(json, "json");
    if ((type == RecordType.EPISODE) != (episode != null)) {
      throw new IllegalArgumentException("episode facts belong to episode records only");
    }
  }

  /** The record to store for {@code record}, decoded from {@code json}. */
  public static IncomingRecord of(TraceRecord record, String json) {
    if (record instanceof EpisodeRecord episode) {
      String orderId = episode.action() == null ? null : episode.action().orderId();
      EpisodeFacts facts =
          new EpisodeFacts(
              episode.strategy().name(),
              episode.instrument(),
              wireName(episode.mode()),
              wireName(episode.status()),
              episode.openedAt());
      return new IncomingRecord(
          record.recordId(), record.type(), record.episodeId(), orderId, record.emittedAt(), null, facts, json);
    }
    if (record instanceof OutcomeRecord outcome) {
      return new IncomingRecord(
          record.recordId(),
          record.type(),
          record.episodeId(),
          outcome.orderId(),
          record.emittedAt(),
          outcome.closedAt(),
          null,
          json);
    }
    FeedbackRecord feedback = (FeedbackRecord) record;
    return new IncomingRecord(
        feedback.recordId(), feedback.type(), feedback.episodeId(), null, feedback.emittedAt(), null, null, json);
  }

  private static String wireName(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }

  /**
   * The fields of an episode record that queries filter and sort on.
   *
   * @param strategy the strategy's name
   * @param instrument the instrument, or {@code null}
   * @param mode live, paper or backtest, as on the wire
   * @param status the snapshot's status as on the wire: decided or abandoned from the SDK
   * @param openedAt when the strategy started considering the decision
   */
  public record EpisodeFacts(String strategy, String instrument, String mode, String status, Instant openedAt) {

    public EpisodeFacts {
      Objects.requireNonNull(strategy, "strategy");
      Objects.requireNonNull(mode, "mode");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(openedAt, "openedAt");
    }
  }
}
