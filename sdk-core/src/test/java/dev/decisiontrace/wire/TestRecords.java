package dev.decisiontrace.wire;

import dev.decisiontrace.model.Action;
import dev.decisiontrace.model.Alternative;
import dev.decisiontrace.model.Counterfactual;
import dev.decisiontrace.model.DecisionContext;
import dev.decisiontrace.model.Direction;
import dev.decisiontrace.model.EpisodeRecord;
import dev.decisiontrace.model.EpisodeStatus;
import dev.decisiontrace.model.ExitPlan;
import dev.decisiontrace.model.Feedback;
import dev.decisiontrace.model.FeedbackRecord;
import dev.decisiontrace.model.Fill;
import dev.decisiontrace.model.MarketSnapshot;
import dev.decisiontrace.model.OrderType;
import dev.decisiontrace.model.Outcome;
import dev.decisiontrace.model.OutcomeRecord;
import dev.decisiontrace.model.PortfolioState;
import dev.decisiontrace.model.QualityIssue;
import dev.decisiontrace.model.RiskBudget;
import dev.decisiontrace.model.Side;
import dev.decisiontrace.model.Signal;
import dev.decisiontrace.model.SignalValue;
import dev.decisiontrace.model.Step;
import dev.decisiontrace.model.StrategyRef;
import dev.decisiontrace.model.Thesis;
import dev.decisiontrace.model.TradingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records for tests: every field populated, the fewest fields allowed, and bad values. Values are
 * JSON-native (strings, integers, doubles, booleans, lists, maps) so that they survive a round
 * trip.
 */
public final class TestRecords {

  public static final Instant OPENED = Instant.parse("2024-03-15T14:30:00Z");
  public static final Instant DECIDED = Instant.parse("2024-03-15T14:30:00.125Z");
  public static final Instant EMITTED = Instant.parse("2024-03-15T14:30:01.000000321Z");

  private TestRecords() {}

  /** An episode with every field set, including every part and a quality issue. */
  public static EpisodeRecord fullEpisode() {
    Map<String, Object> attributes = new LinkedHashMap<>();
    attributes.put("timeframe", "1h");
    attributes.put("lookback", 200);
    attributes.put("riskPerTrade", 0.01);
    attributes.put("paperOnly", false);
    attributes.put("venues", List.of("binance", "coinbase"));
    attributes.put("limits", Map.of("maxOrders", 3));
    return new EpisodeRecord(
        "rec-0001",
        "ep-0001",
        new StrategyRef("trend-follower", "2.3.1"),
        "BTC-USD",
        TradingMode.BACKTEST,
        EpisodeStatus.DECIDED,
        OPENED,
        DECIDED,
        List.of("breakout", "h1"),
        attributes,
        new DecisionContext(
            new MarketSnapshot(
                65000.5, 64999.0, 65001.0, 1234.75, List.of("uptrend", "high-volatility")),
            new PortfolioState(100000.0, 40000.0, 0.5, 0.325)),
        new Thesis(
            "Breakout above the 20-day high",
            Direction.LONG,
            0.72,
            Duration.ofHours(48),
            "Close back below 64000"),
        List.of(
            new Signal("rsi14", SignalValue.of(61.5), 0.4, "indicator", OPENED),
            new Signal("regime", SignalValue.of("trend"), null, "model", null),
            new Signal("newsBlackout", SignalValue.of(false), 0.1, null, null)),
        List.of(
            new Alternative("buy 2x size", "risk budget exceeded", 0.3),
            Alternative.of("wait", "momentum fading")),
        new RiskBudget(1500.0, 2.0, 1.5, 850.0),
        new ExitPlan(68000.0, 64150.0, "trail 2 ATR below the high", Duration.ofDays(5)),
        new Action(Side.BUY, 0.5, OrderType.STOP_LIMIT, 65010.0, "ord-77"),
        List.of(
            new Step(
                "market-analysis",
                Map.of("closes", List.of(64000, 64500, 65000)),
                "uptrend",
                "Higher highs for three sessions",
                OPENED,
                Duration.ofMillis(12)),
            new Step(
                "sizing", Map.of("equity", 100000.0), 0.5, null, null, Duration.ofNanos(12_500))),
        List.of(new Counterfactual("size x2", Map.of("quantity", 1.0), 2400.0, 0.037, "target")),
        null,
        List.of(
            new QualityIssue(
                "thesis.statement", QualityIssue.Kind.TRUNCATED, "5123 chars, kept 4096")),
        EMITTED);
  }

  /** An episode with only the fields the schema requires. */
  public static EpisodeRecord minimalEpisode() {
    return new EpisodeRecord(
        "rec-0002",
        "ep-0002",
        new StrategyRef("unnamed", null),
        null,
        TradingMode.LIVE,
        EpisodeStatus.ABANDONED,
        OPENED,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        EMITTED);
  }

  /** An episode numbered {@code n}, with a few signals: what a bulk export writes. */
  public static EpisodeRecord episode(int n) {
    return new EpisodeRecord(
        "rec-" + n,
        "ep-" + n,
        new StrategyRef("bulk", "1"),
        "ETH-USD",
        TradingMode.PAPER,
        EpisodeStatus.DECIDED,
        OPENED,
        DECIDED,
        List.of("bulk"),
        Map.of("n", n),
        null,
        Thesis.of("thesis " + n, Direction.SHORT, 0.5),
        List.of(new Signal("s1", SignalValue.of(n * 0.5), null, null, null)),
        null,
        null,
        null,
        Action.market(Side.SELL, 1.0, "ord-" + n),
        null,
        null,
        null,
        null,
        EMITTED);
  }

  /** An outcome with every field set. */
  public static OutcomeRecord fullOutcome() {
    return new OutcomeRecord(
        "rec-0003",
        "ep-0001",
        "ord-77",
        List.of(
            new Fill(DECIDED, Side.BUY, 0.5, 65010.0, 3.25, "ord-77"),
            new Fill(
                Instant.parse("2024-03-17T09:00:00Z"), Side.SELL, 0.5, 67990.0, 3.4, "ord-78")),
        new Outcome(1483.35, 0.0456, Duration.ofHours(42).plusMinutes(30), 420.0, 3100.0, "target"),
        List.of(
            new Counterfactual("entry +1 bar", Map.of("delayBars", 1), 1210.0, 0.037, "target")),
        Instant.parse("2024-03-17T09:00:00Z"),
        List.of(
            new QualityIssue("fills[2]", QualityIssue.Kind.LIMIT_EXCEEDED, "257 fills, kept 256")),
        EMITTED);
  }

  /** An outcome the SDK could link only by order id: its episode id is unknown. */
  public static OutcomeRecord outcomeByOrderId() {
    return new OutcomeRecord(
        "rec-0004",
        null,
        "ord-77",
        null,
        new Outcome(-250.0, -0.0077, null, null, null, "stop"),
        null,
        null,
        null,
        EMITTED);
  }

  /** A feedback record with every field set. */
  public static FeedbackRecord fullFeedback() {
    return new FeedbackRecord(
        "rec-0005",
        "ep-0001",
        new Feedback(
            "analyst-7",
            0.8,
            "-1..1",
            "sizing",
            List.of("good-sizing", "patient"),
            "Sized to the stop, well done."),
        List.of(
            new QualityIssue(
                "feedback.labels[2]", QualityIssue.Kind.INVALID_NAME, "blank label dropped")),
        EMITTED);
  }

  /** A feedback record with only the fields the schema requires. */
  public static FeedbackRecord minimalFeedback() {
    return new FeedbackRecord(
        "rec-0006",
        "ep-0001",
        new Feedback("model:judge-1", 4, null, null, null, null),
        null,
        EMITTED);
  }

  /** An episode with NaN and infinite values in every kind of numeric field. */
  public static EpisodeRecord episodeWithNonFiniteValues() {
    return new EpisodeRecord(
        "rec-0007",
        "ep-0007",
        new StrategyRef("s", null),
        null,
        TradingMode.LIVE,
        EpisodeStatus.DECIDED,
        OPENED,
        null,
        null,
        orderedMap("ratio", Double.NaN, "nested", List.of(Double.POSITIVE_INFINITY, Float.NaN)),
        new DecisionContext(
            new MarketSnapshot(Double.NaN, Double.NEGATIVE_INFINITY, null, null, null), null),
        new Thesis("t", Direction.NEUTRAL, Double.NaN, null, null),
        List.of(
            new Signal("zscore", SignalValue.of(Double.POSITIVE_INFINITY), Double.NaN, null, null)),
        null,
        new RiskBudget(Double.NaN, null, null, null),
        null,
        null,
        null,
        null,
        null,
        List.of(new QualityIssue("signals[0].value", QualityIssue.Kind.NON_FINITE, "Infinity")),
        EMITTED);
  }

  /** Two entries in a fixed order: {@code Map.of} iterates in an order that changes between JVMs. */
  private static Map<String, Object> orderedMap(String key1, Object value1, String key2, Object value2) {
    Map<String, Object> map = new java.util.LinkedHashMap<>();
    map.put(key1, value1);
    map.put(key2, value2);
    return map;
  }
}
