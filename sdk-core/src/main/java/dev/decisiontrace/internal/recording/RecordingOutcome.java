package dev.decisiontrace.internal.recording;

import dev.decisiontrace.OutcomeReporter;
import dev.decisiontrace.internal.pipeline.PendingRecord;
import dev.decisiontrace.metrics.DropReason;
import dev.decisiontrace.model.Counterfactual;
import dev.decisiontrace.model.Fill;
import dev.decisiontrace.model.Outcome;
import dev.decisiontrace.model.OutcomeRecord;
import dev.decisiontrace.model.QualityIssue;
import dev.decisiontrace.model.TraceRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A late outcome being reported, then the pending record that becomes an {@link OutcomeRecord}. When
 * reported by order id, the episode id is resolved on the export thread, after every episode recorded
 * earlier has been shipped, so the lookup sees them all.
 */
public final class RecordingOutcome implements OutcomeReporter, PendingRecord {

  private final RecordingContext context;
  private final String episodeId;
  private final String orderId;
  private final List<Fill> fills = new ArrayList<>(2);
  private final List<Counterfactual> counterfactuals = new ArrayList<>(0);
  private final List<QualityIssue> issues = new ArrayList<>(0);
  private int fillsOffered;
  private Outcome outcome;
  private Instant closedAt;
  private boolean recorded;

  public RecordingOutcome(RecordingContext context, String episodeId, String orderId) {
    this.context = context;
    this.episodeId = episodeId;
    this.orderId = orderId;
  }

  @Override
  public OutcomeReporter fill(Fill fill) {
    if (recorded) {
      return this;
    }
    if (fill == null || fill.time() == null || fill.side() == null) {
      invalid("fills", "null fill, or a fill without time or side; dropped");
    } else {
      fillsOffered++;
      if (fills.size() < context.limits().maxFills()) {
        fills.add(fill);
      }
    }
    return this;
  }

  @Override
  public OutcomeReporter outcome(Outcome outcome) {
    if (!recorded) {
      this.outcome = outcome;
    }
    return this;
  }

  @Override
  public OutcomeReporter counterfactual(Counterfactual counterfactual) {
    if (recorded) {
      return this;
    }
    if (counterfactual == null || Strings.isBlank(counterfactual.variant())) {
      invalid("counterfactuals", "null counterfactual or blank variant; dropped");
    } else if (counterfactuals.size() < context.limits().maxAlternatives()) {
      counterfactuals.add(counterfactual);
    }
    return this;
  }

  private void invalid(String field, String detail) {
    issues.add(new QualityIssue(field, QualityIssue.Kind.INVALID_NAME, detail));
    context.counters().qualityIssue(QualityIssue.Kind.INVALID_NAME);
  }

  @Override
  public OutcomeReporter closedAt(Instant closedAt) {
    if (!recorded) {
      this.closedAt = closedAt;
    }
    return this;
  }

  @Override
  public void record() {
    if (recorded) {
      context.counters().qualityIssue(QualityIssue.Kind.AFTER_CLOSE);
      return;
    }
    recorded = true;
    if (Strings.isBlank(episodeId) && Strings.isBlank(orderId)) {
      context.counters().dropped(DropReason.INVALID_RECORD);
      return;
    }
    if (closedAt == null) {
      closedAt = fills.isEmpty() ? context.clock().instant() : fills.get(fills.size() - 1).time();
    }
    context.buffer().add(this);
  }

  @Override
  public long estimatedBytes() {
    return 512L + 96L * fills.size() + 128L * counterfactuals.size();
  }

  @Override
  public TraceRecord toRecord() {
    Sanitizer check = new Sanitizer(context.limits(), context.counters(), issues);
    EpisodeParts parts = new EpisodeParts(check);
    String resolvedEpisodeId = Strings.isBlank(episodeId) ? context.orders().episodeIdFor(orderId) : episodeId;
    if (fillsOffered > fills.size()) {
      check.report("fills", QualityIssue.Kind.LIMIT_EXCEEDED, fillsOffered + " offered, kept " + fills.size());
    }
    return new OutcomeRecord(
        context.ids().next(),
        resolvedEpisodeId,
        check.text(orderId, "orderId"),
        checkedFills(check),
        checkedOutcome(check),
        parts.counterfactuals(counterfactuals, "counterfactuals"),
        closedAt,
        check.issues(),
        context.clock().instant());
  }

  private List<Fill> checkedFills(Sanitizer check) {
    List<Fill> checked = new ArrayList<>(fills.size());
    for (int i = 0; i < fills.size(); i++) {
      Fill fill = fills.get(i);
      String field = "fills[" + i + "]";
      checked.add(
          new Fill(
              fill.time(),
              fill.side(),
              check.primitive(fill.quantity(), field + ".quantity"),
              check.primitive(fill.price(), field + ".price"),
              check.number(fill.fee(), field + ".fee"),
              check.text(fill.orderId(), field + ".orderId")));
    }
    return checked;
  }

  private Outcome checkedOutcome(Sanitizer check) {
    if (outcome == null) {
      return null;
    }
    return new Outcome(
        check.number(outcome.realizedPnl(), "outcome.realizedPnl"),
        check.number(outcome.returnFraction(), "outcome.returnFraction"),
        outcome.holdingPeriod(),
        check.number(outcome.maxAdverseExcursion(), "outcome.maxAdverseExcursion"),
        check.number(outcome.maxFavourableExcursion(), "outcome.maxFavourableExcursion"),
        check.text(outcome.exitReason(), "outcome.exitReason"));
  }
}
