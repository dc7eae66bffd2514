package dev.decisiontrace.model;

import java.time.Duration;

/**
 * How the decision turned out once the position was closed.
 *
 * @param realizedPnl realised profit and loss in account currency, or {@code null}
 * @param returnFraction return on the position as a fraction (0.02 is 2 %), or {@code null}
 * @param holdingPeriod how long the position was held, or {@code null}
 * @param maxAdverseExcursion the worst unrealised move against the position, in price units, or {@code null}
 * @param maxFavourableExcursion the best unrealised move for the position, in price units, or {@code null}
 * @param exitReason why the position was closed, such as {@code "stop"}, {@code "target"}, {@code "time"}
 */
public record Outcome(
    Double realizedPnl,
    Double returnFraction,
    Duration holdingPeriod,
    Double maxAdverseExcursion,
    Double maxFavourableExcursion,
    String exitReason) {}
