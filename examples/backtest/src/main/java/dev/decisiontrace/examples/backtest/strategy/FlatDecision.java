package dev.decisiontrace.examples.backtest.strategy;

import static dev.decisiontrace.examples.backtest.strategy.Texts.text;

import dev.decisiontrace.Episode;
import dev.decisiontrace.StepScope;
import dev.decisiontrace.examples.backtest.sim.OrderIds;
import dev.decisiontrace.examples.backtest.sim.OrderRequest;
import dev.decisiontrace.model.Action;
import dev.decisiontrace.model.Direction;
import dev.decisiontrace.model.ExitPlan;
import dev.decisiontrace.model.RiskBudget;
import dev.decisiontrace.model.Side;
import dev.decisiontrace.model.Thesis;
import java.time.Duration;
import java.util.Optional;

/**
 * The decision taken when flat, recorded into its episode: check the entry rules, size the trade and
 * plan its exits (for a hold: the plan an entry now would have had), then buy or stay flat.
 */
final class FlatDecision {

  private static final double LIMIT_OFFSET_ATR = 0.5;

  private final String instrument;
  private final TrendPullbackParameters parameters;
  private final TrendPullbackRules rules;
  private final PositionSizer sizer;
  private final Duration timeExit;
  private final OrderIds orderIds;

  FlatDecision(
      String instrument, TrendPullbackParameters parameters, Duration timeExit, OrderIds orderIds) {
    this.instrument = instrument;
    this.parameters = parameters;
    this.rules = new TrendPullbackRules(parameters);
    this.sizer = new PositionSizer(parameters);
    this.timeExit = timeExit;
    this.orderIds = orderIds;
  }

  /** Records the reasoning and the action into {@code episode}; the entry order, if it buys. */
  Optional<OrderRequest> decide(Episode episode, MarketReading reading, EntryCheck check, double equity) {
    checkEntryRules(episode, reading, check);
    Sizing sizing = sizer.size(equity, reading);
    planRisk(episode, reading, sizing, equity, check.isEntry() ? "" : "If it entered now: ");
    if (check.isEntry()) {
      return Optional.of(enter(episode, reading, sizing));
    }
    stayFlat(episode, reading, check);
    return Optional.empty();
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

  private void planRisk(Episode episode, MarketReading reading, Sizing sizing, double equity, String prefix) {
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
          // Boxed, so that the count is written as 30, not widened to the double 30.0.
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
        .alternative(text("limit order %.1f ATR below the close", LIMIT_OFFSET_ATR),
            "rejected: it fills only if the pull-back deepens, which is when this setup tends to fail");
    String orderId = orderIds.next();
    try (StepScope step = episode.step("entry-timing")) {
      step.input("orderType", "market")
          .input("fillsAt", "next bar open")
          .output(orderId)
          .reasoning("The setup is defined on the close, so the next price it can trade at is the next open.");
    }
    episode.action(Action.market(Side.BUY, sizing.quantity(), orderId), reading.closedAt());
    return new OrderRequest.Entry(
        orderId, episode.id(), reading.closedAt(), sizing.quantity(), sizing.stopPrice(), sizing.targetPrice());
  }

  private void stayFlat(Episode episode, MarketReading reading, EntryCheck check) {
    String why = check.isSetup() ? tooVolatile(reading) : whyNoSetup(reading, check);
    episode
        .thesis(
            new Thesis(
                "Stay flat in " + instrument + ": " + why + ".",
                Direction.NEUTRAL,
                1 - rules.longConviction(reading),
                null,
                "A pull-back setup at a later close, with ATR within the cap."))
        .alternative("buy now at full size", "rejected: " + why);
    if (check.isSetup()) {
      episode.alternative("buy now at half size",
          "rejected: the cap filters out a regime, it does not scale the size: stops this wide are hit by noise");
    }
    SharedEpisodeParts.decide(episode, reading, "hold", "Nothing to do at this close: " + why + ".");
    episode.action(Action.hold(), reading.closedAt());
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
}
