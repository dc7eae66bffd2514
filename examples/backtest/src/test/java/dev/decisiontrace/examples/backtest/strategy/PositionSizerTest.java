package dev.decisiontrace.examples.backtest.strategy;

import static dev.decisiontrace.examples.backtest.Bars.start;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.decisiontrace.examples.backtest.Bars;
import org.junit.jupiter.api.Test;

class PositionSizerTest {

  private final PositionSizer sizer = new PositionSizer(TrendPullbackParameters.defaults());

  @Test
  void risksOnePercentOfEquityBetweenEntryAndAStopTwoAtrsAway() {
    Sizing sizing = sizer.size(100_000, atClose(100, 2));

    // Stop 2 * 2 = 4 below 100; 1,000 at risk over 4 is 250 units, 25 % of equity.
    assertEquals(new Sizing(100, 250, 1_000, 950, 4, 96, 106), sizing);
    assertEquals(false, sizing.cappedByExposure());
  }

  @Test
  void neverPutsMoreThanTheExposureCapIntoThePosition() {
    Sizing sizing = sizer.size(100_000, atClose(100, 0.2));

    // 1,000 over a 0.4 stop would be 2,500 units; 95 % of equity buys 950.
    assertEquals(950.0, sizing.quantity(), 1e-9);
    assertEquals(true, sizing.cappedByExposure());
  }

  private static MarketReading atClose(double close, double atr) {
    return new MarketReading(Bars.flat(0, close), start(1), close, 50, 50, atr, 0);
  }
}
