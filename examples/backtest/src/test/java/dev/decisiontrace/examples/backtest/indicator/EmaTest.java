package dev.decisiontrace.examples.backtest.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class EmaTest {

  @Test
  void isSeededWithTheSimpleAverageOfTheFirstPeriodValues() {
    Ema ema = new Ema(3);

    assertEquals(Double.NaN, ema.update(2));
    assertEquals(Double.NaN, ema.update(4));
    assertFalse(ema.isReady());
    assertEquals(4.0, ema.update(6)); // (2 + 4 + 6) / 3
  }

  @Test
  void thenMovesTowardEachValueByTwoOverPeriodPlusOne() {
    Ema ema = new Ema(3); // smoothing 2 / (3 + 1) = 0.5
    ema.update(2);
    ema.update(4);
    ema.update(6);

    assertEquals(6.0, ema.update(8)); // 4 + 0.5 * (8 - 4)
    assertEquals(3.0, ema.update(0)); // 6 + 0.5 * (0 - 6)
  }
}
