package dev.decisiontrace.model;

/**
 * How much the decision may lose, and how big it may get.
 *
 * @param maxLoss the most the position may lose, in account currency, or {@code null}
 * @param positionLimit the largest position allowed, in units of the instrument, or {@code null}
 * @param leverage the leverage allowed, or {@code null}
 * @param stopDistance the distance from entry to stop, in price units, or {@code null}
 */
public record RiskBudget(Double maxLoss, Double positionLimit, Double leverage, Double stopDistance) {}
