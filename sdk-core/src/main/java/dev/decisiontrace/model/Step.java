package dev.decisiontrace.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * One step of the reasoning process: the unit an expert rates in process supervision.
 *
 * @param name the step's name, such as {@code "market-analysis"}, {@code "sizing"} or the strategy's own
 * @param inputs what the step looked at; values are strings, numbers, booleans, lists or maps
 * @param output what the step concluded, or {@code null}
 * @param reasoning the reasoning in words, or {@code null}
 * @param startedAt when the step started, or {@code null}. For a step timed by the SDK: the wall
 *     clock; or, in an episode opened at a given time (a backtest's bar time), that time plus the
 *     wall-clock time elapsed since the episode opened, so steps sit just after the simulated moment
 * @param duration how long the step took, or {@code null}
 */
public record Step(
    String name,
    Map<String, Object> inputs,
    Object output,
    String reasoning,
    Instant startedAt,
    Duration duration) {

  public Step {
    inputs = Values.map(inputs);
  }
}
