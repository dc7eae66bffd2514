package dev.decisiontrace.examples.backtest.strategy;

import static dev.decisiontrace.examples.backtest.Bars.bar;
import static dev.decisiontrace.examples.backtest.Bars.start;
import static dev.decisiontrace.examples.backtest.strategy.Replay.SETUP_BAR;
import static dev.decisiontrace.examples.backtest.strategy.Replay.SMALL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.decisiontrace.examples.backtest.data.Bar;
import dev.decisiontrace.model.Action;
import dev.decisiontrace.model.Alternative;
import dev.decisiontrace.model.Direction;
import dev.decisiontrace.model.EpisodeRecord;
import dev.decisiontrace.model.Fill;
import dev.decisiontrace.model.OrderType;
import dev.decisiontrace.model.OutcomeRecord;
import dev.decisiontrace.model.Side;
import dev.decisiontrace.model.Step;
import dev.decisiontrace.model.TradingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrendPullbackStrategyTest {

  private static final Instant SETUP_CLOSE = start(SETUP_BAR + 1);

  @Test
  void buysAtTheCloseWhereAPullBackInAnUptrendTurnsUp() {
    Replay replay = Replay.run(SMALL, Replay.uptrendWithPullback());

    EpisodeRecord entry = replay.onlyEpisodeWith(Side.BUY);
    assertEquals(List.of(entry), replay.episodes());
    assertEquals(SETUP_CLOSE, entry.openedAt());
    assertEquals(SETUP_CLOSE, entry.decidedAt());
    assertEquals(TradingMode.BACKTEST, entry.mode());
    assertEquals("trend-pullback", entry.strategy().name());
    assertEquals(List.of("entry"), entry.tags());
    Action action = entry.action();
    assertEquals(OrderType.MARKET, action.orderType());
    assertEquals("bt-000001", action.orderId());
  }

  @Test
  void sizesTheEntryToRiskOnePercentOfEquityOverTheStop() {
    EpisodeRecord entry = Replay.run(SMALL, Replay.uptrendWithPullback()).onlyEpisodeWith(Side.BUY);

    double stopDistance = entry.riskBudget().stopDistance();
    assertEquals(1_000.0, entry.riskBudget().maxLoss(), 1e-9); // 1 % of 100,000
    assertEquals(1_000.0 / stopDistance, entry.action().quantity(), 1e-9);
    assertEquals(115 - stopDistance, entry.exitPlan().stopLoss(), 1e-9); // 1 ATR below the close
    assertEquals(115 + 2 * stopDistance, entry.exitPlan().takeProfit(), 1e-9); // 2 ATR above
    assertEquals(Duration.ofHours(12), entry.exitPlan().timeExit()); // 3 bars of 4 hours
  }

  @Test
  void theEntryEpisodeExplainsItselfFully() {
    EpisodeRecord entry = Replay.run(SMALL, Replay.uptrendWithPullback()).onlyEpisodeWith(Side.BUY);

    assertEquals(Direction.LONG, entry.thesis().direction());
    assertTrue(entry.thesis().conviction() > 0 && entry.thesis().conviction() < 1, entry.thesis().toString());
    assertNotNull(entry.thesis().invalidation());
    assertEquals(
        List.of("rsi", "rsiPrevious", "trendDistance", "atrFraction", "volumeZScore", "uptrend"),
        entry.signals().stream().map(signal -> signal.name()).toList());
    assertEquals(
        List.of("buy twice the size", "wait one more bar for confirmation", "limit order 0.5 ATR below the close"),
        entry.alternatives().stream().map(Alternative::action).toList());
    assertEquals(
        List.of("market-analysis", "entry-rules", "risk-sizing", "exit-plan", "entry-timing"),
        entry.steps().stream().map(Step::name).toList());
    assertEquals(115.0, entry.context().market().price());
    assertEquals(100_000.0, entry.context().portfolio().equity());
  }

  @Test
  void aStopHitBecomesTheEntrysOutcomeWithItsFillsAndPnl() {
    List<Bar> bars = new ArrayList<>(Replay.uptrendWithPullback());
    bars.add(bar(14, 115, 116, 114, 115.5)); // the entry fills at this open
    bars.add(bar(15, 115.5, 116, 108, 109)); // trades through the stop
    Replay replay = Replay.run(SMALL, bars);

    EpisodeRecord entry = replay.onlyEpisodeWith(Side.BUY);
    OutcomeRecord outcome = replay.outcomeOf(entry);
    double quantity = entry.action().quantity();
    double stop = entry.exitPlan().stopLoss();
    assertEquals("bt-000001", outcome.orderId());
    assertEquals(
        List.of(
            new Fill(start(14), Side.BUY, quantity, 115, quantity * 115 * 0.001, "bt-000001"),
            new Fill(start(15), Side.SELL, quantity, stop, quantity * stop * 0.001, "bt-000001-stop")),
        outcome.fills());
    assertEquals("stop", outcome.outcome().exitReason());
    double pnl = (stop - 115) * quantity - quantity * 115 * 0.001 - quantity * stop * 0.001;
    assertEquals(pnl, outcome.outcome().realizedPnl(), 1e-9);
    assertEquals(pnl / (quantity * 115), outcome.outcome().returnFraction(), 1e-12);
    assertEquals(Duration.ofHours(4), outcome.outcome().holdingPeriod());
    assertEquals(115 - stop, outcome.outcome().maxAdverseExcursion(), 1e-9);
    assertEquals(1.0, outcome.outcome().maxFavourableExcursion(), 1e-9); // 116 in the entry bar
    assertEquals(start(15), outcome.closedAt());
  }

  @Test
  void aPositionHeldForItsMaximumTimeIsClosedByARecordedExitDecision() {
    List<Bar> bars = new ArrayList<>(Replay.uptrendWithPullback());
    for (int n = 14; n <= 17; n++) {
      bars.add(bar(n, 115, 116, 114, 115.5)); // quiet: neither stop, target nor trend break
    }
    Replay replay = Replay.run(SMALL, bars);

    EpisodeRecord exit = replay.onlyEpisodeWith(Side.CLOSE);
    EpisodeRecord entry = replay.onlyEpisodeWith(Side.BUY);
    assertEquals(start(17), exit.decidedAt()); // close of bar 16, the third bar held
    assertEquals("bt-000002", exit.action().orderId());
    assertEquals("bt-000001", exit.attributes().get("entry.orderId"));
    assertEquals(entry.episodeId(), exit.attributes().get("entry.episodeId"));
    assertEquals(Direction.NEUTRAL, exit.thesis().direction());
    assertEquals("time", replay.outcomeOf(entry).outcome().exitReason());
  }

  @Test
  void thePositionReviewRecordsBarCountsAsWholeNumbers() {
    List<Bar> bars = new ArrayList<>(Replay.uptrendWithPullback());
    for (int n = 14; n <= 17; n++) {
      bars.add(bar(n, 115, 116, 114, 115.5));
    }
    Step review = Replay.run(SMALL, bars).onlyEpisodeWith(Side.CLOSE).steps().get(1);

    assertEquals("position-review", review.name());
    assertEquals(3L, review.inputs().get("barsHeld"));
    assertEquals(3L, review.inputs().get("maxHoldingBars"));
    assertEquals("time", review.output());
  }

  @Test
  void theExitEpisodeGetsItsOwnFillButNotTheTradesPnl() {
    List<Bar> bars = new ArrayList<>(Replay.uptrendWithPullback());
    for (int n = 14; n <= 17; n++) {
      bars.add(bar(n, 115, 116, 114, 115.5));
    }
    Replay replay = Replay.run(SMALL, bars);

    EpisodeRecord exit = replay.onlyEpisodeWith(Side.CLOSE);
    OutcomeRecord exitOutcome = replay.outcomeOf(exit);
    double quantity = exit.action().quantity();
    assertEquals(
        List.of(new Fill(start(17), Side.SELL, quantity, 115, quantity * 115 * 0.001, "bt-000002")),
        exitOutcome.fills());
    assertEquals(null, exitOutcome.outcome());
  }

  @Test
  void aSetupAboveTheVolatilityCapIsRecordedAsARejectedHold() {
    TrendPullbackParameters tightCap =
        new TrendPullbackParameters(5, 3, 3, 3, 35, 0.03, 1, 2, 1, 3, 0.01, 0.95, 1_000);

    Replay replay = Replay.run(tightCap, Replay.uptrendWithPullback());

    EpisodeRecord hold = replay.onlyEpisodeWith(Side.HOLD);
    assertEquals(List.of(hold), replay.episodes());
    assertEquals(List.of("setup-rejected"), hold.tags());
    assertEquals(Action.hold(), hold.action());
    assertEquals(
        "rejected: ATR is 3.54% of price, above the 3.00% volatility cap", hold.alternatives().get(0).reason());
  }

  @Test
  void barsWithoutActionAreSampledAsHoldsOnceWarmedUp() {
    // Indicators are ready from bar 4; bars 4 to 12 are quiet, so every third is recorded.
    Replay replay = Replay.run(SMALL.withHoldSampleEvery(3), Replay.uptrendWithPullback());

    List<EpisodeRecord> holds = replay.episodesWith(Side.HOLD);
    assertEquals(List.of(start(7), start(10), start(13)), holds.stream().map(EpisodeRecord::decidedAt).toList());
    assertTrue(holds.stream().allMatch(hold -> hold.tags().equals(List.of("hold-sampled"))));
    assertEquals(Direction.NEUTRAL, holds.get(0).thesis().direction());
  }

  @Test
  void everyRecordedDecisionHasTheElementsResearchNeeds() {
    List<Bar> bars = new ArrayList<>(Replay.uptrendWithPullback());
    for (int n = 14; n <= 17; n++) {
      bars.add(bar(n, 115, 116, 114, 115.5));
    }
    Replay replay = Replay.run(SMALL.withHoldSampleEvery(1), bars);

    assertEquals(List.of(Side.HOLD, Side.BUY, Side.CLOSE),
        replay.episodes().stream().map(e -> e.action().side()).distinct().toList());
    for (EpisodeRecord episode : replay.episodes()) {
      assertNotNull(episode.thesis(), episode.episodeId());
      assertNotNull(episode.riskBudget(), episode.episodeId());
      assertNotNull(episode.exitPlan(), episode.episodeId());
      assertTrue(episode.signals().size() >= 3, episode.episodeId());
      assertTrue(episode.alternatives().size() >= 1, episode.episodeId());
      assertTrue(episode.steps().size() >= 3, episode.episodeId());
      assertEquals(List.of(), episode.quality(), episode.episodeId());
    }
  }
}
