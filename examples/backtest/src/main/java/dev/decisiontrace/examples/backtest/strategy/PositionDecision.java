package dev.decisiontrace.examples.backtest.strategy;

import static dev.decisiontrace.examples.backtest.strategy.Texts.text;

import dev.decisiontrace.Episode;
import dev.decisiontrace.StepScope;
import dev.decisiontrace.examples.backtest.sim.ExitReason;
import dev.decisiontrace.examples.backtest.sim.OrderIds;
import dev.decisiontrace.examples.backtest.sim.OrderRequest;
import dev.decisiontrace.examples.backtest.sim.Position;
import dev.decisiontrace.model.Action;
import dev.decisiontrace.model.Direction;
import dev.decisiontrace.model.ExitPlan;
import dev.decisiontrace.model.RiskBudget;
import dev.decisiontrace.model.Side;
import dev.decisiontrace.model.Thesis;
import java.time.Duration;
import java.util.Optional;

/**
 * The decision taken when long, recorded into its episode: review the position against the exit rules,
 * restate its risk and exit plan, then close it or keep it. The episode names the entry it manages in
 * its {@code entry.orderId} and {@code entry.episodeId} attributes.
 */
final class PositionDecision {

  private final String instrument;
  private final TrendPullbackParameters parameters;
  private final TrendPullbackRules rules;
  private final Duration timeExit;
  private final OrderIds orderIds;

  PositionDecision(String instrument, TrendPullbackParameters parameters, Duration timeExit, OrderIds orderIds) {
    this.instrument = instrument;
    this.parameters = parameters;
    this.rules = new TrendPullbackRules(parameters);
    this.timeExit = timeExit;
    this.orderIds = orderIds;
  }

  /** Records the reasoning and the action into {@code episode}; the exit order, if it closes. */
  Optional<OrderRequest> decide(
      Episode episode, MarketReading reading, Position position, Optional<ExitReason> exit) {
    episode
        .attribute("entry.orderId", position.entryOrder().orderId())
        .attribute("entry.episodeId", position.entryOrder().episodeId());
    reviewPosition(episode, reading, position, exit);
    double stopDistance = position.entryPrice() - position.stopPrice();
    episode
        .riskBudget(new RiskBudget(position.quantity() * stopDistance, position.quantity(), 1.0, stopDistance))
        .exitPlan(new ExitPlan(position.targetPrice(), position.stopPrice(), null, timeExit));
    if (exit.isPresent()) {
      return Optional.of(close(episode, reading, position, exit.get()));
    }
    keep(episode, reading, position);
    return Optional.empty();
  }

  private void reviewPosition(Episode episode, MarketReading reading, Position position, Optional<ExitReason> exit) {
    double trendBreak = rules.trendBreakLevel(reading);
    try (StepScope step = episode.step("position-review")) {
      step.input("entryPrice", position.entryPrice())
          // Boxed, so that the counts are written as whole numbers, not widened to doubles.
          .input("barsHeld", position.barsHeld())
          .input("maxHoldingBars", parameters.maxHoldingBars())
          .input("unrealizedPnl", position.unrealizedPnl(reading.close()))
          .input("trendBreakLevel", trendBreak)
          .output(exit.map(ExitReason::wireName).orElse("keep"))
          .reasoning(
              text("Long %.6f from %.2f for %d of %d bars, %+.2f unrealised; the close %.2f is %s the trend-break"
                      + " level %.2f.", position.quantity(), position.entryPrice(), position.barsHeld(),
                  parameters.maxHoldingBars(), position.unrealizedPnl(reading.close()), reading.close(),
                  reading.close() < trendBreak ? "below" : "above", trendBreak));
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
    SharedEpisodeParts.decide(episode, reading, orderId, "Close at the next open: " + why + ".");
    episode.action(Action.market(Side.CLOSE, position.quantity(), orderId), reading.closedAt());
    return new OrderRequest.Exit(orderId, episode.id(), reading.closedAt(), reason);
  }

  private void keep(Episode episode, MarketReading reading, Position position) {
    double trendBreak = rules.trendBreakLevel(reading);
    int barsLeft = parameters.maxHoldingBars() - position.barsHeld();
    String why =
        text("the close is above the trend-break level %.2f and %d of %d bars remain", trendBreak, barsLeft,
            parameters.maxHoldingBars());
    episode
        .thesis(
            new Thesis(
                text("Keep the %s long from %.2f: %s; the stop %.2f and the target %.2f rest with the broker.",
                    instrument, position.entryPrice(), why, position.stopPrice(), position.targetPrice()),
                Direction.LONG,
                rules.longConviction(reading),
                timeExit.dividedBy(parameters.maxHoldingBars()).multipliedBy(barsLeft),
                text("A trade at the stop %.2f, or a close below %.2f.", position.stopPrice(), trendBreak)))
        .alternative("close now", "rejected: no exit rule fired: " + why);
    SharedEpisodeParts.decide(episode, reading, "hold", "Keep the position: " + why + ".");
    episode.action(Action.hold(), reading.closedAt());
  }
}
