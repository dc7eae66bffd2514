package dev.decisiontrace.examples.backtest.sim;

import dev.decisiontrace.examples.backtest.data.Bar;
import java.util.Optional;

/**
 * Where a long position's resting stop and take-profit fill within one bar, from its OHLC alone.
 *
 * <p>A bar that opens through a level fills there at the open (a gap gives no better price). A bar
 * that touches both levels fills the stop: the order of the high and the low inside a bar is unknown,
 * and assuming the worse keeps the backtest honest.
 */
final class BracketExits {

  /** A bracket leg that filled. */
  record Triggered(ExitReason reason, double price, boolean atOpen) {}

  private BracketExits() {}

  static Optional<Triggered> within(Bar bar, double stop, double target) {
    if (bar.open() <= stop) {
      return Optional.of(new Triggered(ExitReason.STOP, bar.open(), true));
    }
    if (bar.open() >= target) {
      return Optional.of(new Triggered(ExitReason.TARGET, bar.open(), true));
    }
    if (bar.low() <= stop) {
      return Optional.of(new Triggered(ExitReason.STOP, stop, false));
    }
    if (bar.high() >= target) {
      return Optional.of(new Triggered(ExitReason.TARGET, target, false));
    }
    return Optional.empty();
  }
}
