package dev.decisiontrace.model;

/**
 * The strategy that took a decision.
 *
 * @param name the strategy's name, never blank once shipped (the SDK substitutes {@code "unnamed"})
 * @param version the strategy's version, or {@code null}
 */
public record StrategyRef(String name, String version) {}
