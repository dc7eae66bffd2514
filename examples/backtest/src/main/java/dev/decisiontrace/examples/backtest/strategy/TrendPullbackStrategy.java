package dev.decisiontrace.examples.backtest.strategy;

import dev.decisiontrace.DecisionTrace;
import dev.decisiontrace.Episode;
import dev.decisiontrace.StepScope;
import dev.decisiontrace.examples.backtest.data.Bar;
import dev.decisiontrace.examples.backtest.sim.Account;
import dev.decisiontrace.examples.backtest.sim.ExitReason;
import dev.decisiontrace.examples.backtest.sim.OrderIds;
import dev.decisiontrace.examples.backtest.sim.OrderRequest;
import dev.decisiontrace.examples.backtest.sim.Position;
import dev.decisiontrace.examples.backtest.sim.Strategy;
import dev.decisiontrace.model.Action;
import dev.decisiontrace.model.Direction;
import dev.decisiontrace.model.ExitPlan;
import dev.decisiontrace.model.MarketSnapshot;
import dev.decisiontrace.model.PortfolioState;
import dev.decisiontrace.model.RiskBudget;
import dev.decisiontrace.model.Side;
import dev.decisiontrace.model.Thesis;
import dev.decisiontrace.model.TradingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A long-only trend-pullback strategy that records each of its decisions as a DecisionTrace episode.
 *
 * <p><b>Rules</b> (at each bar's close, see {@link TrendPullbackParameters} for the numbers): when flat,
 * buy at the next open if the close is above the trend EMA, the previous RSI was oversold and the RSI
 * is now turning up, unless ATR is above the volatility cap. The entry rests a stop and a take-profit,
 * both in ATRs, with the broker. When long, close at the next open after {@code maxHoldingBars}, or
 * when the close falls more than {@code trendBreakAtr} ATRs below the trend EMA.
 *
 * <p><b>What is recorded.</b> Every entry ({@code buy}), every exit the strategy decides
 * ({@code close}), every setup the volatility cap turns down ({@code hold}, tag {@code setup-rejected}),
 * and one in every {@code holdSampleEvery} bars on which nothing happens ({@code hold}, tag
 * {@code hold-sampled}): holds are sampled so that the file shows what waiting looks like without
 * drowning the trades. Stops and targets are filled by the broker, not decided here: they arrive as the
 * entry episode's late outcome. Each episode is stamped with the close of its bar, the moment the
 * decision could be taken, and carries the market, the portfolio, six signals, a thesis, rejected
 * alternatives, a risk budget, an exit plan, the action and four or five reasoning steps.
 *
 * <p>Not thread-safe: the backtest calls it from one thread.
 */
public final class TrendPullbackStrategy implements Strategy {

  public static final String NAME = "trend-pullback";
  public static final String VERSION = "1.0";

  private static final double HALF_ATR = 0.5;

  private final DecisionTrace trace;
  private final String instrument;
  private final TrendPullbackParameters parameters;
  private final Duration timeExit;
  private final TrendPullbackRules rules;
  private final PositionSizer sizer;
  private final IndicatorSet indicators;
  private final OrderIds orderIds;
  private final Map<Side, Integer> decisions = new EnumMap<>(Side.class);
  private int quietBars;

  /**
   * @param trace where the episodes go
   * @param instrument the instrument's name, such as {@code "BTC-USD"}
   * @param parameters the rules' numbers
   * @param barInterval the bars' spacing, to express the time exit as a duration
   * @param orderIds the source of client order ids
   */
  public TrendPullbackStrategy(
      DecisionTrace trace,
      String instrument,
      TrendPullbackParameters parameters,
      Duration barInterval,
      OrderIds orderIds) {
    this.trace = Objects.requireNonNull(trace, "trace");
    this.instrument = Objects.requireNonNull(instrument, "instrument");
    this.parameters = Objects.requireNonNull(parameters, "parameters");
    this.timeExit = barInterval.multipliedBy(parameters.maxHoldingBars());
    this.rules = new TrendPullbackRules(parameters);
    this.sizer = new PositionSizer(parameters);
    this.indicators = new IndicatorSet(parameters);
    this.orderIds = Objects.requireNonNull(orderIds, "orderIds");
  }

  @Override
  public Optional<OrderRequest> onBarClose(Bar bar, Instant closedAt, Account account) {
    Optional<MarketReading> reading = indicators.update(bar, closedAt);
    if (reading.isEmpty()) {
      return Optional.empty();
    }
    return account.isFlat()
        ? considerEntry(reading.get(), account)
        : reviewPosition(reading.get(), account, account.position());
  }

  /** Episodes recorded so far, by the side of their action; every side present. */
  public Map<Side, Integer> decisionsBySide() {
    Map<Side, Integer> counts = new EnumMap<>(Side.class);
    for (Side side : Side.values()) {
      counts.put(side, decisions.getOrDefault(side, 0));
    }
    return Collections.unmodifiableMap(counts);
  }

  private Optional<OrderRequest> considerEntry(MarketReading reading, Account account) {
    EntryCheck check = rules.checkEntry(reading);
    if (!check.isSetup() && !holdSampleDue()) {
      return Optional.empty();
    }
    String kind = check.isEntry() ? "entry" : check.isSetup() ? "setup-rejected" : "hold-sampled";
    try (Episode episode = open(reading, kind)) {
      double equity = account.equity(reading.close());
      describeMarketAndPortfolio(episode, reading, account, equity);
      analyseMarket(episode, reading);
      checkEntryRules(episode, reading, check);
      Sizing sizing = sizer.size(equity, reading);
      planRisk(episode, reading, sizing, equity, !check.isEntry());
      if (check.isEntry()) {
        return Optional.of(enter(episode, reading, sizing));
      }
      stayFlat(episode, reading, check);
      return Optional.empty();
    }
  }

  private Optional<OrderRequest> reviewPosition(MarketReading reading, Account account, Position position) {
    Optional<ExitReason> exit = rules.checkExit(reading, position);
    if (exit.isEmpty() && !holdSampleDue()) {
      return Optional.empty();
    }
    try (Episode episode = open(reading, exit.isPresent() ? "exit" : "hold-sampled")) {
      episode.attribute("entry.orderId", position.entryOrder().orderId());
      episode.attribute("entry.episodeId", position.entryOrder().episodeId());
      describeMarketAndPortfolio(episode, reading, account, account.equity(reading.close()));
      analyseMarket(episode, reading);
      reviewRules(episode, reading, position, exit);
      double stopDistance = position.entryPrice() - position.stopPrice();
      episode.riskBudget(
          new RiskBudget(position.quantity() * stopDistance, position.quantity(), 1.0, stopDistance));
      episode.exitPlan(new ExitPlan(position.targetPrice(), position.stopPrice(), null, timeExit));
      if (exit.isPresent()) {
        return Optional.of(close(episode, reading, position, exit.get()));
      }
      keepHolding(episode, reading, position);
      return Optional.empty();
    }
  }

  /** Counts a bar on which nothing happens; true on every {@code holdSampleEvery}-th. */
  private boolean holdSampleDue() {
    quietBars++;
    return quietBars % parameters.holdSampleEvery() == 0;
  }

  private Episode open(MarketReading reading, String kind) {
    return trace.episode(NAME)
        .version(VERSION)
        .instrument(instrument)
        .mode(TradingMode.BACKTEST)
        .openedAt(reading.closedAt())
        .tag(kind)
        .open();
  }

  private void describeMarketAndPortfolio(Episode episode, MarketReading reading, Account account, double equity) {
    double units = account.openPosition().map(Position::quantity).orElse(0.0);
    episode
        .attribute("bar.start", reading.bar().time())
        .market(new MarketSnapshot(reading.close(), null, null, reading.bar().volume(), regimes(reading)))
        .portfolio(new PortfolioState(equity, account.cash(), units, units * reading.close() / equity))
        .signal("rsi", reading.rsi(), Double.NaN, "rsi(" + parameters.rsiPeriod() + ")")
        .signal("rsiPrevious", reading.previousRsi(), TrendPullbackRules.OVERSOLD_WEIGHT,
            "rsi(" + parameters.rsiPeriod() + ") one bar earlier")
        .signal("trendDistance", reading.trendDistance(), TrendPullbackRules.TREND_WEIGHT,
            "close / ema(" + parameters.trendPeriod() + ") - 1")
        .signal("atrFraction", reading.atrFraction(), TrendPullbackRules.VOLATILITY_WEIGHT,
            "atr(" + parameters.atrPeriod() + ") / close")
        .signal("volumeZScore", reading.volumeZScore(), TrendPullbackRules.VOLUME_WEIGHT,
            "zscore(volume, " + parameters.volumePeriod() + ")")
        .signal("uptrend", reading.isUptrend());
  }

  private void analyseMarket(Episode episode, MarketReading reading) {
    try (StepScope step = episode.step("market-analysis")) {
      step.input("close", reading.close())
          .input("trendEma", reading.trendEma())
          .input("atr", reading.atr())
          .input("volumeZScore", reading.volumeZScore())
          .output(regimes(reading))
          .reasoning(
              text(
                  "Close %.2f is %+.1f%% from the EMA(%d) at %.2f, so the trend is %s. ATR(%d) is %.2f%% of"
                      + " price against a %.2f%% cap; volume is %.1f standard deviations from its %d-bar mean.",
                  reading.close(), 100 * reading.trendDistance(), parameters.trendPeriod(), reading.trendEma(),
                  reading.isUptrend() ? "up" : "down", parameters.atrPeriod(), 100 * reading.atrFraction(),
                  100 * parameters.maxAtrFraction(), reading.volumeZScore(), parameters.volumePeriod()));
    }
  }

  private void checkEntryRules(Episode episode, MarketReading reading, EntryCheck check) {
    try (StepScope step = episode.step("entry-rules")) {
      step.input("uptrend", check.uptrend())
          .input("previousRsi", reading.previousRsi())
          .input("rsi", reading.rsi())
          .input("oversoldRsi", parameters.oversoldRsi())
          .input("calmEnough", check.calmEnough())
          .output(check.isEntry() ? "enter" : check.isSetup() ? "setup, too volatile" : "no setup")
          .reasoning(
              check.isSetup()
                  ? text("RSI fell to %.1f, below %.0f, and turned up to %.1f while the close holds above the"
                          + " EMA: a pull-back in an uptrend that is turning. %s", reading.previousRsi(),
                      parameters.oversoldRsi(), reading.rsi(),
                      check.calmEnough() ? "Volatility is within the cap." : "But volatility is above the cap.")
                  : "No pull-back setup: " + whyNoSetup(reading, check) + ".");
    }
  }

  private void planRisk(Episode episode, MarketReading reading, Sizing sizing, double equity, boolean ifEntered) {
    String prefix = ifEntered ? "If it entered now: " : "";
    try (StepScope step = episode.step("risk-sizing")) {
      step.input("equity", equity)
          .input("riskFraction", parameters.riskFraction())
          .input("stopDistance", sizing.stopDistance())
          .input("positionLimit", sizing.positionLimit())
          .output(sizing.quantity())
          .reasoning(
              prefix
                  + text("%.1f%% of equity (%.2f) at risk over a %.1f ATR stop (%.2f) gives %.6f units, %.0f%% of"
                          + " equity%s.", 100 * parameters.riskFraction(), sizing.maxLoss(), parameters.stopAtr(),
                      sizing.stopDistance(), sizing.quantity(), 100 * sizing.exposure(equity),
                      sizing.cappedByExposure() ? ", capped by the exposure limit" : ""));
    }
    try (StepScope step = episode.step("exit-plan")) {
      step.input("referencePrice", sizing.referencePrice())
          .input("atr", reading.atr())
          .input("maxHoldingBars", parameters.maxHoldingBars())
          .output(text("stop %.2f, target %.2f, time %s", sizing.stopPrice(), sizing.targetPrice(), timeExit))
          .reasoning(
              prefix
                  + text("stop %.1f ATR below at %.2f, target %.1f ATR above at %.2f (reward %.1f times the"
                          + " risk), out after %d bars at the latest.", parameters.stopAtr(), sizing.stopPrice(),
                      parameters.targetAtr(), sizing.targetPrice(), parameters.targetAtr() / parameters.stopAtr(),
                      parameters.maxHoldingBars()));
    }
    episode
        .riskBudget(new RiskBudget(sizing.maxLoss(), sizing.positionLimit(), 1.0, sizing.stopDistance()))
        .exitPlan(new ExitPlan(sizing.targetPrice(), sizing.stopPrice(), null, timeExit));
  }

  private OrderRequest enter(Episode episode, MarketReading reading, Sizing sizing) {
    episode
        .thesis(
            new Thesis(
                text("%s pulled back inside its uptrend and is turning: RSI rose from %.1f to %.1f with the close"
                        + " %+.1f%% from the EMA(%d). Expect a rebound to %.2f within %d bars.", instrument,
                    reading.previousRsi(), reading.rsi(), 100 * reading.trendDistance(), parameters.trendPeriod(),
                    sizing.targetPrice(), parameters.maxHoldingBars()),
                Direction.LONG,
                rules.longConviction(reading),
                timeExit,
                text("A trade at the stop %.2f, or a close below %.2f (the EMA less %.1f ATR).",
                    sizing.stopPrice(), rules.trendBreakLevel(reading), parameters.trendBreakAtr())))
        .alternative("buy twice the size",
            text("rejected: it would risk %.1f%% of equity, above the %.1f%% budget",
                200 * parameters.riskFraction(), 100 * parameters.riskFraction()))
        .alternative("wait one more bar for confirmation",
            text("rejected: RSI already turned up (%.1f to %.1f); waiting gives up part of the rebound",
                reading.previousRsi(), reading.rsi()))
        .alternative(text("limit order %.1f ATR below the close", HALF_ATR),
            "rejected: it fills only if the pull-back deepens, which is when this setup tends to fail");
    String orderId = orderIds.next();
    try (StepScope step = episode.step("entry-timing")) {
      step.input("orderType", "market")
          .input("fillsAt", "next bar open")
          .output(orderId)
          .reasoning("The setup is defined on the close, so the next price it can trade at is the next open.");
    }
    episode.action(Action.market(Side.BUY, sizing.quantity(), orderId), reading.closedAt());
    count(Side.BUY);
    return new OrderRequest.Entry(
        orderId, episode.id(), reading.closedAt(), sizing.quantity(), sizing.stopPrice(), sizing.targetPrice());
  }

  private void stayFlat(Episode episode, MarketReading reading, EntryCheck check) {
    double longConviction = rules.longConviction(reading);
    String why = check.isSetup() ? tooVolatile(reading) : whyNoSetup(reading, check);
    episode
        .thesis(
            new Thesis(
                "Stay flat in " + instrument + ": " + why + ".",
                Direction.NEUTRAL,
                1 - longConviction,
                null,
                "A pull-back setup at a later close, with ATR within the cap."))
        .alternative("buy now at full size", "rejected: " + why);
    if (check.isSetup()) {
      episode.alternative("buy now at half size",
          "rejected: the cap filters out a regime, it does not scale the size: stops this wide are hit by noise");
    }
    decide(episode, reading, "hold", "Nothing to do at this close: " + why + ".");
    episode.action(Action.hold(), reading.closedAt());
    count(Side.HOLD);
  }

  private void reviewRules(Episode episode, MarketReading reading, Position position, Optional<ExitReason> exit) {
    try (StepScope step = episode.step("position-review")) {
      step.input("entryPrice", position.entryPrice())
          .input("barsHeld", position.barsHeld())
          .input("maxHoldingBars", parameters.maxHoldingBars())
          .input("unrealizedPnl", position.unrealizedPnl(reading.close()))
          .input("trendBreakLevel", rules.trendBreakLevel(reading))
          .output(exit.map(ExitReason::wireName).orElse("keep"))
          .reasoning(
              text("Long %.6f from %.2f for %d of %d bars, %+.2f unrealised; the close %.2f is %s the trend-break"
                      + " level %.2f.", position.quantity(), position.entryPrice(), position.barsHeld(),
                  parameters.maxHoldingBars(), position.unrealizedPnl(reading.close()), reading.close(),
                  reading.close() < rules.trendBreakLevel(reading) ? "below" : "above",
                  rules.trendBreakLevel(reading)));
    }
  }

  private OrderRequest close(Episode episode, MarketReading reading, Position position, ExitReason reason) {
    String why =
        reason == ExitReason.TIME
            ? text("the pull-back had its %d bars without reaching the stop or the target", parameters.maxHoldingBars())
            : text("the close %.2f fell below %.2f, the EMA less %.1f ATR: the uptrend the thesis needs is broken",
                reading.close(), rules.trendBreakLevel(reading), parameters.trendBreakAtr());
    episode
        .thesis(
            new Thesis(
                "Close the " + instrument + " long: " + why + ".",
                Direction.NEUTRAL,
                1 - rules.longConviction(reading),
                null,
                "None after the exit; a new setup starts a new thesis."))
        .alternative("keep holding until the stop or the target",
            reason == ExitReason.TIME
                ? "rejected: the time limit is part of the tested plan; holding longer is another strategy"
                : "rejected: the thesis depends on the uptrend, and the close has broken it")
        .alternative("sell half now", "rejected: the plan has no partial exits");
    String orderId = orderIds.next();
    decide(episode, reading, orderId, "Close at the next open: " + why + ".");
    episode.action(Action.market(Side.CLOSE, position.quantity(), orderId), reading.closedAt());
    count(Side.CLOSE);
    return new OrderRequest.Exit(orderId, episode.id(), reading.closedAt(), reason);
  }

  private void keepHolding(Episode episode, MarketReading reading, Position position) {
    String why =
        text("the close is above the trend-break level %.2f and %d of %d bars remain",
            rules.trendBreakLevel(reading), parameters.maxHoldingBars() - position.barsHeld(),
            parameters.maxHoldingBars());
    episode
        .thesis(
            new Thesis(
                text("Keep the %s long from %.2f: %s; the stop %.2f and the target %.2f rest with the broker.",
                    instrument, position.entryPrice(), why, position.stopPrice(), position.targetPrice()),
                Direction.LONG,
                rules.longConviction(reading),
                timeExit.minus(timeExit.dividedBy(parameters.maxHoldingBars()).multipliedBy(position.barsHeld())),
                text("A trade at the stop %.2f, or a close below %.2f.", position.stopPrice(),
                    rules.trendBreakLevel(reading))))
        .alternative("close now", "rejected: no exit rule fired: " + why);
    decide(episode, reading, "hold", "Keep the position: " + why + ".");
    episode.action(Action.hold(), reading.closedAt());
    count(Side.HOLD);
  }

  private static void decide(Episode episode, MarketReading reading, String output, String reasoning) {
    try (StepScope step = episode.step("decision")) {
      step.input("closedAt", reading.closedAt()).output(output).reasoning(reasoning);
    }
  }

  private String whyNoSetup(MarketReading reading, EntryCheck check) {
    if (!check.uptrend()) {
      return text("the close is %.1f%% below the EMA(%d), no uptrend to pull back in",
          -100 * reading.trendDistance(), parameters.trendPeriod());
    }
    if (!check.wasOversold()) {
      return text("the previous RSI %.1f is not below %.0f, no pull-back", reading.previousRsi(),
          parameters.oversoldRsi());
    }
    return text("RSI is still falling (%.1f to %.1f), the pull-back has not turned", reading.previousRsi(),
        reading.rsi());
  }

  private String tooVolatile(MarketReading reading) {
    return text("ATR is %.2f%% of price, above the %.2f%% volatility cap", 100 * reading.atrFraction(),
        100 * parameters.maxAtrFraction());
  }

  private List<String> regimes(MarketReading reading) {
    List<String> regimes = new ArrayList<>(3);
    regimes.add(reading.isUptrend() ? "uptrend" : "downtrend");
    regimes.add(reading.atrFraction() > parameters.maxAtrFraction() ? "high-volatility" : "normal-volatility");
    if (reading.rsi() < parameters.oversoldRsi()) {
      regimes.add("oversold");
    }
    return regimes;
  }

  private void count(Side side) {
    decisions.merge(side, 1, Integer::sum);
  }

  private static String text(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
