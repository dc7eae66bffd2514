package dev.decisiontrace.examples.backtest.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class AtrTest {

  @Test
  void isTheAverageTrueRangeOfTheFirstPeriodBars() {
    Atr atr = new Atr(3);

    atr.update(10, 8, 9); // first bar: high - low = 2
    atr.update(11, 9, 10.5); // max(2, |11 - 9|, |9 - 9|) = 2
    assertFalse(atr.isReady());
    assertEquals(2.0, atr.update(12, 10, 11)); // max(2, |12 - 10.5|, |10 - 10.5|) = 2
  }

  @Test
  void countsAGapFromThePreviousCloseAsRange() {
    Atr atr = new Atr(3);
    atr.update(10, 8, 9);
    atr.update(11, 9, 10.5);
    atr.update(12, 10, 11);

    // Gap up: max(16 - 15, |16 - 11|, |15 - 11|) = 5; Wilder: (2 * 2 + 5) / 3 = 3.
    assertEquals(3.0, atr.update(16, 15, 15.5));
  }
}
