package dev.decisiontrace.examples.backtest.sim;

import static dev.decisiontrace.examples.backtest.Bars.bar;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class BracketExitsTest {

  private static final double STOP = 90;
  private static final double TARGET = 120;

  @Test
  void aBarBetweenTheLevelsTriggersNothing() {
    assertEquals(Optional.empty(), BracketExits.within(bar(0, 100, 119, 91, 110), STOP, TARGET));
  }

  @Test
  void aBarTouchingTheStopFillsAtTheStop() {
    assertEquals(
        Optional.of(new BracketExits.Triggered(ExitReason.STOP, 90, false)),
        BracketExits.within(bar(0, 100, 101, 89, 95), STOP, TARGET));
  }

  @Test
  void aBarTouchingTheTargetFillsAtTheTarget() {
    assertEquals(
        Optional.of(new BracketExits.Triggered(ExitReason.TARGET, 120, false)),
        BracketExits.within(bar(0, 100, 121, 95, 118), STOP, TARGET));
  }

  @Test
  void aBarTouchingBothLevelsFillsTheStop() {
    assertEquals(
        Optional.of(new BracketExits.Triggered(ExitReason.STOP, 90, false)),
        BracketExits.within(bar(0, 100, 125, 85, 110), STOP, TARGET));
  }

  @Test
  void aGapThroughTheStopFillsAtTheOpen() {
    assertEquals(
        Optional.of(new BracketExits.Triggered(ExitReason.STOP, 85, true)),
        BracketExits.within(bar(0, 85, 95, 80, 92), STOP, TARGET));
  }

  @Test
  void aGapThroughTheTargetFillsAtTheOpen() {
    assertEquals(
        Optional.of(new BracketExits.Triggered(ExitReason.TARGET, 125, true)),
        BracketExits.within(bar(0, 125, 130, 118, 127), STOP, TARGET));
  }
}
