package dev.decisiontrace.examples.backtest.strategy;

/**
 * How big an entry at the reference price would be, and where its exits would sit.
 *
 * @param referencePrice the close the plan is computed from (the fill comes at the next open)
 * @param quantity units to buy
 * @param maxLoss equity at risk if the stop is hit: the risk budget
 * @param positionLimit the largest quantity the exposure cap allows
 * @param stopDistance from the reference price to the stop, in price units
 * @param stopPrice the stop-loss
 * @param targetPrice the take-profit
 */
public record Sizing(
    double referencePrice,
    double quantity,
    double maxLoss,
    double positionLimit,
    double stopDistance,
    double stopPrice,
    double targetPrice) {

  /** Whether the exposure cap, not the risk budget, set the quantity. */
  public boolean cappedByExposure() {
    return quantity >= positionLimit;
  }

  /** The fraction of equity the position would be worth. */
  public double exposure(double equity) {
    return quantity * referencePrice / equity;
  }
}
