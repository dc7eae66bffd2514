package dev.decisiontrace.model;

import java.time.Instant;

/**
 * One input that drove the decision.
 *
 * @param name the signal's name, such as {@code "rsi14"}
 * @param value its value
 * @param weight how much the strategy relied on it, or {@code null}
 * @param source where it came from (indicator, feed, model), or {@code null}
 * @param observedAt when it was observed, or {@code null}
 */
public record Signal(String name, SignalValue value, Double weight, String source, Instant observedAt) {}
