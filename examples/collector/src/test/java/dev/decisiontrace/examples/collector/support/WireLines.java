package dev.decisiontrace.examples.collector.support;

import dev.decisiontrace.model.Action;
import dev.decisiontrace.model.Counterfactual;
import dev.decisiontrace.model.EpisodeRecord;
import dev.decisiontrace.model.EpisodeStatus;
import dev.decisiontrace.model.Feedback;
import dev.decisiontrace.model.FeedbackRecord;
import dev.decisiontrace.model.Fill;
import dev.decisiontrace.model.Outcome;
import dev.decisiontrace.model.OutcomeRecord;
import dev.decisiontrace.model.Side;
import dev.decisiontrace.model.StrategyRef;
import dev.decisiontrace.model.Thesis;
import dev.decisiontrace.model.Direction;
import dev.decisiontrace.model.TradingMode;
import dev.decisiontrace.wire.RecordJsonEncoder;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Record lines as the SDK writes them: model records through the SDK's own encoder. */
public final class WireLines {

  public static final Instant EMITTED = Instant.parse("2025-01-06T12:00:00.123456789Z");

  private static final RecordJsonEncoder ENCODER = new RecordJsonEncoder();

  private WireLines() {}

  /** A decided episode with a buy action carrying {@code orderId} (none if {@code null}). */
  public static String episode(
      String recordId, String episodeId, String strategy, String instrument, Instant openedAt, String orderId) {
    return ENCODER.toJson(
        new EpisodeRecord(
            recordId,
            episodeId,
            new StrategyRef(strategy, "1.0"),
            instrument,
            TradingMode.PAPER,
            EpisodeStatus.DECIDED,
            openedAt,
            openedAt,
            List.of("entry"),
            Map.of("timeframe", "4h"),
            null,
            new Thesis("pull-back in an uptrend", Direction.LONG, 0.7, null, null),
            null,
            null,
            null,
            null,
            orderId == null ? Action.hold() : Action.market(Side.BUY, 0.5, orderId),
            null,
            List.of(new Counterfactual("size x2", Map.of("quantity", 1.0), 20.0, 0.02, "target")),
            null,
            null,
            EMITTED));
  }

  /** An abandoned episode. */
  public static String abandonedEpisode(
      String recordId, String episodeId, String strategy, String instrument, Instant openedAt) {
    return ENCODER.toJson(
        new EpisodeRecord(
            recordId, episodeId, new StrategyRef(strategy, null), instrument, TradingMode.LIVE,
            EpisodeStatus.ABANDONED, openedAt, null, null, null, null, null, null, null, null, null,
            null, null, null, "left open too long", null, EMITTED));
  }

  /** An outcome for {@code episodeId} closing at {@code closedAt}, with one fill and a P&L. */
  public static String outcomeForEpisode(String recordId, String episodeId, Instant closedAt, double pnl) {
    return outcome(recordId, episodeId, null, closedAt, pnl, EMITTED);
  }

  /** An outcome known only by {@code orderId} (its episode id {@code null}). */
  public static String outcomeForOrder(String recordId, String orderId, Instant closedAt, double pnl) {
    return outcome(recordId, null, orderId, closedAt, pnl, EMITTED);
  }

  /** An outcome with every choice open: {@code closedAt} may be {@code null} (position still open). */
  public static String outcome(
      String recordId, String episodeId, String orderId, Instant closedAt, double pnl, Instant emittedAt) {
    Instant fillTime = closedAt != null ? closedAt : emittedAt;
    return ENCODER.toJson(
        new OutcomeRecord(
            recordId,
            episodeId,
            orderId,
            List.of(new Fill(fillTime, Side.SELL, 0.5, 100.0 + pnl, 0.1, orderId)),
            closedAt == null ? null : new Outcome(pnl, pnl / 100, null, 3.0, 12.0, "target"),
            List.of(new Counterfactual("exit one bar later", null, pnl - 1, null, "time")),
            closedAt,
            null,
            emittedAt));
  }

  /** Feedback on the whole of {@code episodeId}. */
  public static String feedback(String recordId, String episodeId, String rater, double score) {
    return ENCODER.toJson(
        new FeedbackRecord(
            recordId, episodeId, new Feedback(rater, score, "-1..1", null, List.of("patient"), "well sized"), null, EMITTED));
  }
}
