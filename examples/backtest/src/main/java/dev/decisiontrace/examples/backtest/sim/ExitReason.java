package dev.decisiontrace.examples.backtest.sim;

import java.util.Locale;

/** Why a position was closed. */
public enum ExitReason {
  /** The stop-loss was touched, or the market opened through it. */
  STOP,
  /** The take-profit was touched, or the market opened through it. */
  TARGET,
  /** The strategy closed it because the position was held for its maximum time. */
  TIME,
  /** The strategy closed it because a signal invalidated the thesis. */
  SIGNAL,
  /** The data ran out with the position still open; it was closed at the last close. */
  END_OF_DATA;

  /** The lower-case, hyphenated name used in outcome records, such as {@code "end-of-data"}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
