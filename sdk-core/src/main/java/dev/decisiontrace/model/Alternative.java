package dev.decisiontrace.model;

/**
 * An action the strategy considered and rejected.
 *
 * @param action the action considered, such as {@code "buy 2x size"} or {@code "wait"}
 * @param reason why it was rejected
 * @param score the strategy's score for it, or {@code null}
 */
public record Alternative(String action, String reason, Double score) {

  public static Alternative of(String action, String reason) {
    return new Alternative(action, reason, null);
  }
}
