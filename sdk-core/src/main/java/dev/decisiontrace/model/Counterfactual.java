package dev.decisiontrace.model;

import java.util.Map;

/**
 * What a variant of the decision would have returned.
 *
 * @param variant the variant's name, such as {@code "size x2"} or {@code "entry +1 bar"}
 * @param parameters what was changed, by name
 * @param realizedPnl the variant's profit and loss, or {@code null}
 * @param returnFraction the variant's return as a fraction, or {@code null}
 * @param exitReason how the variant's position would have ended, or {@code null}
 */
public record Counterfactual(
    String variant,
    Map<String, Object> parameters,
    Double realizedPnl,
    Double returnFraction,
    String exitReason) {

  public Counterfactual {
    parameters = Values.map(parameters);
  }
}
