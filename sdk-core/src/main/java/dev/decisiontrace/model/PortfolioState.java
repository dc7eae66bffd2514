package dev.decisiontrace.model;

/**
 * The portfolio at decision time.
 *
 * @param equity total account equity, or {@code null}
 * @param cash available cash, or {@code null}
 * @param position current position in the episode's instrument (signed quantity), or {@code null}
 * @param exposure gross exposure as a fraction of equity, or {@code null}
 */
public record PortfolioState(Double equity, Double cash, Double position, Double exposure) {}
