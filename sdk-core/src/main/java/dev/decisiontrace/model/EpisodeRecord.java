package dev.decisiontrace.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The decision snapshot of an episode: everything known when the strategy decided.
 *
 * @param recordId this record's unique id
 * @param episodeId the episode's id: unique, and ordered by the time the episode was opened
 * @param strategy the strategy that decided
 * @param instrument the instrument, or {@code null}
 * @param mode live, paper or backtest
 * @param status {@link EpisodeStatus#DECIDED} or {@link EpisodeStatus#ABANDONED}
 * @param openedAt when the strategy started considering the decision (bar time in a backtest)
 * @param decidedAt when the action was taken, or {@code null} if none was
 * @param tags free-form tags
 * @param attributes free-form attributes; values are strings, numbers, booleans, lists or maps
 * @param context the market and portfolio at decision time, or {@code null}
 * @param thesis the thesis, or {@code null}
 * @param signals the signals, in the order recorded
 * @param alternatives the alternatives rejected
 * @param riskBudget the risk budget, or {@code null}
 * @param exitPlan the exit plan, or {@code null}
 * @param action what the strategy did, or {@code null}
 * @param steps the reasoning steps, in the order they started
 * @param counterfactuals variants already evaluated at decision time
 * @param abandonReason why the episode was abandoned, or {@code null}
 * @param quality what the SDK repaired or removed
 * @param emittedAt when the record was made
 */
public record EpisodeRecord(
    String recordId,
    String episodeId,
    StrategyRef strategy,
    String instrument,
    TradingMode mode,
    EpisodeStatus status,
    Instant openedAt,
    Instant decidedAt,
    List<String> tags,
    Map<String, Object> attributes,
    DecisionContext context,
    Thesis thesis,
    List<Signal> signals,
    List<Alternative> alternatives,
    RiskBudget riskBudget,
    ExitPlan exitPlan,
    Action action,
    List<Step> steps,
    List<Counterfactual> counterfactuals,
    String abandonReason,
    List<QualityIssue> quality,
    Instant emittedAt)
    implements TraceRecord {

  public EpisodeRecord {
    tags = Values.list(tags);
    attributes = Values.map(attributes);
    signals = Values.list(signals);
    alternatives = Values.list(alternatives);
    steps = Values.list(steps);
    counterfactuals = Values.list(counterfactuals);
    quality = Values.list(quality);
  }

  @Override
  public RecordType type() {
    return RecordType.EPISODE;
  }
}
