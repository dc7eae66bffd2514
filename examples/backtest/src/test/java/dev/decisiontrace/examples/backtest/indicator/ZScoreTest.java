package dev.decisiontrace.examples.backtest.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ZScoreTest {

  @Test
  void measuresTheLatestValueAgainstItsWindowInStandardDeviations() {
    ZScore z = new ZScore(3);
    z.update(1);
    z.update(2);

    // Mean 2, population deviation sqrt(2/3): (3 - 2) / sqrt(2/3).
    assertEquals(1 / Math.sqrt(2.0 / 3), z.update(3), 1e-12);
  }

  @Test
  void slidesItsWindow() {
    ZScore z = new ZScore(3);
    z.update(1);
    z.update(2);
    z.update(3);

    // Window 2, 3, 6: mean 11/3, deviation sqrt(26) / 3, so (6 - 11/3) / (sqrt(26) / 3) = 7 / sqrt(26).
    assertEquals(7 / Math.sqrt(26), z.update(6), 1e-12);
  }

  @Test
  void isZeroForAFlatWindow() {
    ZScore z = new ZScore(3);
    z.update(5);
    z.update(5);

    assertEquals(0.0, z.update(5));
  }

  @Test
  void isNotReadyBeforeItsWindowIsFull() {
    assertEquals(Double.NaN, new ZScore(3).update(5));
  }

  @Test
  void needsAtLeastTwoValuesToHaveADeviation() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ZScore(1));

    assertEquals("period must be at least 2, was 1", e.getMessage());
  }
}
