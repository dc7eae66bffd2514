package dev.decisiontrace.internal.recording;

import dev.decisiontrace.internal.pipeline.PendingRecord;
import dev.decisiontrace.model.Feedback;
import dev.decisiontrace.model.FeedbackRecord;
import dev.decisiontrace.model.TraceRecord;
import java.util.ArrayList;
import java.util.List;

/** A rater's feedback waiting to become a {@link FeedbackRecord}. */
public record PendingFeedback(RecordingContext context, String episodeId, Feedback feedback)
    implements PendingRecord {

  @Override
  public long estimatedBytes() {
    return 256L
        + (feedback.comment() == null ? 0 : feedback.comment().length())
        + 32L * feedback.labels().size();
  }

  @Override
  public TraceRecord toRecord() {
    Sanitizer check = new Sanitizer(context.limits(), context.counters(), List.of());
    List<String> labels = new ArrayList<>(feedback.labels().size());
    for (int i = 0; i < feedback.labels().size(); i++) {
      labels.add(check.text(feedback.labels().get(i), "feedback.labels[" + i + "]"));
    }
    Feedback checked =
        new Feedback(
            check.text(feedback.rater(), "feedback.rater"),
            check.primitive(feedback.score(), "feedback.score"),
            check.text(feedback.scale(), "feedback.scale"),
            check.text(feedback.stepName(), "feedback.stepName"),
            labels,
            check.text(feedback.comment(), "feedback.comment"));
    return new FeedbackRecord(context.ids().next(), episodeId, checked, check.issues(), context.clock().instant());
  }
}
