package dev.decisiontrace.examples.backtest.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RsiTest {

  @Test
  void needsPeriodPlusOneCloses() {
    Rsi rsi = feed(new Rsi(3), 10, 11, 12);

    assertFalse(rsi.isReady());
    assertEquals(Double.NaN, rsi.value());
  }

  @Test
  void startsFromTheSimpleAverageOfGainsAndLosses() {
    // Changes +1, +1, -1: average gain 2/3, average loss 1/3, RS 2, RSI 100 - 100 / 3.
    Rsi rsi = feed(new Rsi(3), 10, 11, 12, 11);

    assertTrue(rsi.isReady());
    assertEquals(100 - 100.0 / 3, rsi.value(), 1e-9);
  }

  @Test
  void thenSmoothesTheAveragesTheWilderWay() {
    // Next change +2: gain (2/3 * 2 + 2) / 3 = 10/9, loss (1/3 * 2 + 0) / 3 = 2/9, RS 5, RSI 100 - 100 / 6.
    Rsi rsi = feed(new Rsi(3), 10, 11, 12, 11, 13);

    assertEquals(100 - 100.0 / 6, rsi.value(), 1e-9);
  }

  @Test
  void isOneHundredWhenThereWereNoLosses() {
    assertEquals(100.0, feed(new Rsi(3), 1, 2, 3, 4).value());
  }

  @Test
  void isFiftyOnAFlatMarket() {
    assertEquals(50.0, feed(new Rsi(3), 5, 5, 5, 5).value());
  }

  private static Rsi feed(Rsi rsi, double... closes) {
    for (double close : closes) {
      rsi.update(close);
    }
    return rsi;
  }
}
