package dev.decisiontrace.model;

import java.time.Instant;
import java.util.List;

/**
 * Fills and the outcome of an episode, arriving after it was decided.
 *
 * <p>It refers to its episode by {@code episodeId}; when the strategy knew only the order id and the
 * SDK could no longer resolve it (after a restart, or past the lookup's expiry), {@code episodeId} is
 * {@code null} and the collector links the record through {@code orderId}.
 *
 * @param recordId this record's unique id
 * @param episodeId the episode, or {@code null} when only the order id is known
 * @param orderId the order id the outcome was reported for, or {@code null}
 * @param fills the executions
 * @param outcome the result, or {@code null} when only fills are reported
 * @param counterfactuals variants evaluated after the fact
 * @param closedAt when the position closed, or {@code null} when it is still open
 * @param quality what the SDK repaired or removed
 * @param emittedAt when the record was made
 */
public record OutcomeRecord(
    String recordId,
    String episodeId,
    String orderId,
    List<Fill> fills,
    Outcome outcome,
    List<Counterfactual> counterfactuals,
    Instant closedAt,
    List<QualityIssue> quality,
    Instant emittedAt)
    implements TraceRecord {

  public OutcomeRecord {
    fills = Values.list(fills);
    counterfactuals = Values.list(counterfactuals);
    quality = Values.list(quality);
  }

  @Override
  public RecordType type() {
    return RecordType.OUTCOME;
  }
}
