package dev.decisiontrace.model;

import java.time.Duration;

/**
 * Why the strategy believes what it believes.
 *
 * @param statement the thesis in words
 * @param direction the market view, or {@code null}
 * @param conviction confidence from 0 to 1, or {@code null}; values outside are flagged when shipped
 * @param horizon how long the thesis is expected to take to play out, or {@code null}
 * @param invalidation what would prove the thesis wrong, or {@code null}
 */
public record Thesis(
    String statement, Direction direction, Double conviction, Duration horizon, String invalidation) {

  /** A thesis with a statement, a direction and a conviction. */
  public static Thesis of(String statement, Direction direction, double conviction) {
    return new Thesis(statement, direction, conviction, null, null);
  }
}
