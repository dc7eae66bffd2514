package dev.decisiontrace.model;

import java.util.List;

/**
 * A rater's judgement of a whole episode or of one of its steps.
 *
 * @param rater who rated (a person's id or a model's name)
 * @param score the score, on {@code scale}
 * @param scale the declared scale, such as {@code "-1..1"} or {@code "1..5"}
 * @param stepName the step rated, or {@code null} for the whole episode
 * @param labels free-form labels, such as {@code "good-sizing"}
 * @param comment the rater's comment, or {@code null}
 */
public record Feedback(
    String rater, double score, String scale, String stepName, List<String> labels, String comment) {

  public Feedback {
    labels = Values.list(labels);
  }
}
