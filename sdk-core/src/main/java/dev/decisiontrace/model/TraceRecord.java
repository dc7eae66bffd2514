package dev.decisiontrace.model;

import java.time.Instant;
import java.util.List;

/**
 * One record on the wire. An episode travels as its decision snapshot ({@link EpisodeRecord})
 * followed, possibly weeks later, by {@link OutcomeRecord}s and {@link FeedbackRecord}s that refer to
 * it; a collector merges them by episode id.
 *
 * <p>Every record has its own {@link #recordId()}, assigned once when the record is made, so a
 * collector can drop the duplicates that at-least-once delivery produces.
 */
public sealed interface TraceRecord permits EpisodeRecord, OutcomeRecord, FeedbackRecord {

  /** Unique and stable across retries. */
  String recordId();

  /** The episode this record belongs to; {@code null} only for an outcome known by order id alone. */
  String episodeId();

  /** When the SDK made this record (wall-clock time, also in backtests). */
  Instant emittedAt();

  /** What the SDK repaired or removed in this record. */
  List<QualityIssue> quality();

  /** The record's type name on the wire. */
  RecordType type();

  /** The record types of the wire format. */
  enum RecordType {
    EPISODE("episode"),
    OUTCOME("outcome"),
    FEEDBACK("feedback");

    private final String wireName;

    RecordType(String wireName) {
      this.wireName = wireName;
    }

    /** The value of the {@code type} field on the wire. */
    public String wireName() {
      return wireName;
    }
  }
}
