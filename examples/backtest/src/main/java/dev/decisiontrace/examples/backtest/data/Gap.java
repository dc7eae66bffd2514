package dev.decisiontrace.examples.backtest.data;

import java.time.Duration;
import java.time.Instant;

/**
 * A stretch where bars are missing: consecutive bars further apart than one and a half bar intervals.
 *
 * @param after the start of the last bar before the gap
 * @param before the start of the first bar after the gap
 * @param missingBars how many bars of the usual interval would fit in between
 */
public record Gap(Instant after, Instant before, long missingBars) {

  /** The time between the two bars' starts. */
  public Duration spacing() {
    return Duration.between(after, before);
  }
}
