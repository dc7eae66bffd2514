package dev.decisiontrace.model;

import java.time.Instant;
import java.util.List;

/**
 * A rater's feedback on an episode or on one of its steps.
 *
 * @param recordId this record's unique id
 * @param episodeId the episode rated
 * @param feedback the feedback
 * @param quality what the SDK repaired or removed
 * @param emittedAt when the record was made
 */
public record FeedbackRecord(
    String recordId, String episodeId, Feedback feedback, List<QualityIssue> quality, Instant emittedAt)
    implements TraceRecord {

  public FeedbackRecord {
    quality = Values.list(quality);
  }

  @Override
  public RecordType type() {
    return RecordType.FEEDBACK;
  }
}
