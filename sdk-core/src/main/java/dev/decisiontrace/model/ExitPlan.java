package dev.decisiontrace.model;

import java.time.Duration;

/**
 * How the position is meant to end.
 *
 * @param takeProfit the target price, or {@code null}
 * @param stopLoss the stop price, or {@code null}
 * @param trailingRule a trailing-stop rule in words, such as {@code "trail 2 ATR below the high"}, or {@code null}
 * @param timeExit the longest the position may be held, or {@code null}
 */
public record ExitPlan(Double takeProfit, Double stopLoss, String trailingRule, Duration timeExit) {}
