package dev.decisiontrace.examples.backtest.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SmaTest {

  @Test
  void isNotReadyUntilPeriodValuesWereAdded() {
    Sma sma = new Sma(3);

    assertEquals(Double.NaN, sma.update(1));
    assertEquals(Double.NaN, sma.update(2));
    assertFalse(sma.isReady());
  }

  @Test
  void averagesTheLastPeriodValues() {
    Sma sma = new Sma(3);
    sma.update(1);
    sma.update(2);

    assertEquals(2.0, sma.update(3)); // (1 + 2 + 3) / 3
    assertEquals(3.0, sma.update(4)); // (2 + 3 + 4) / 3
    assertEquals(17.0 / 3, sma.update(10), 1e-12); // (3 + 4 + 10) / 3
    assertTrue(sma.isReady());
  }

  @Test
  void rejectsAPeriodBelowOne() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Sma(0));

    assertEquals("period must be at least 1, was 0", e.getMessage());
  }
}
