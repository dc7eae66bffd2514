package dev.decisiontrace.examples.backtest.strategy;

import static dev.decisiontrace.examples.backtest.Bars.start;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.decisiontrace.examples.backtest.Bars;
import dev.decisiontrace.examples.backtest.sim.Execution;
import dev.decisiontrace.examples.backtest.sim.ExitReason;
import dev.decisiontrace.examples.backtest.sim.OrderRequest;
import dev.decisiontrace.examples.backtest.sim.Position;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrendPullbackRulesTest {

  private final TrendPullbackRules rules = new TrendPullbackRules(TrendPullbackParameters.defaults());

  @Test
  void aTurningPullBackAboveTheTrendInACalmMarketIsAnEntry() {
    EntryCheck check = rules.checkEntry(reading(110, 100, 32, 30, 2.2, 0));

    assertEquals(new EntryCheck(true, true, true, true), check);
    assertEquals(true, check.isEntry());
  }

  @Test
  void theSameSetupAboveTheVolatilityCapIsASetupButNotAnEntry() {
    EntryCheck check = rules.checkEntry(reading(110, 100, 32, 30, 4.5, 0)); // ATR 4.1 % of price, cap 4 %

    assertEquals(true, check.isSetup());
    assertEquals(false, check.isEntry());
  }

  @Test
  void anRsiStillFallingIsNoSetup() {
    assertEquals(new EntryCheck(true, true, false, true), rules.checkEntry(reading(110, 100, 28, 30, 2.2, 0)));
  }

  @Test
  void convictionAddsTheWeightedSignals() {
    // 0.35 + 0.30 * 1 (RSI 20: 15 points below 35) + 0.20 * 1 (10 % above the EMA)
    //      + 0.15 * 0.5 (volume z 1 of 2) - 0.20 * 0.5 (ATR 2 % against a 4 % cap) = 0.825
    assertEquals(0.825, rules.longConviction(reading(110, 100, 25, 20, 2.2, 1)), 1e-12);
  }

  @Test
  void convictionBottomsOutWithNothingForTheLongCase() {
    // Below the EMA, RSI 50, quiet volume, ATR at the cap: 0.35 - 0.20.
    assertEquals(0.15, rules.longConviction(reading(90, 100, 50, 50, 3.6, -1)), 1e-12);
  }

  @Test
  void aPositionHeldForItsMaximumBarsExitsOnTime() {
    assertEquals(Optional.of(ExitReason.TIME), rules.checkExit(reading(110, 100, 50, 50, 2, 0), held(30)));
  }

  @Test
  void aCloseMoreThanOneAtrBelowTheTrendExitsOnTheSignal() {
    assertEquals(Optional.of(ExitReason.SIGNAL), rules.checkExit(reading(97.9, 100, 50, 50, 2, 0), held(5)));
  }

  @Test
  void aCloseWithinOneAtrBelowTheTrendKeepsThePosition() {
    assertEquals(Optional.empty(), rules.checkExit(reading(98.1, 100, 50, 50, 2, 0), held(5)));
  }

  private static MarketReading reading(
      double close, double ema, double rsi, double previousRsi, double atr, double volumeZ) {
    return new MarketReading(Bars.flat(0, close), start(1), ema, rsi, previousRsi, atr, volumeZ);
  }

  private static Position held(int bars) {
    OrderRequest.Entry order = new OrderRequest.Entry("bt-000001", "episode", start(0), 1, 90, 120);
    Execution entry = new Execution("bt-000001", start(0), 1, 100, 0.1);
    return new Position(order, entry, 90, 120, bars, 95, 105);
  }
}
