package dev.decisiontrace.examples.backtest.sim;

import java.time.Instant;

/**
 * One simulated fill.
 *
 * @param orderId the order filled
 * @param time when it filled: the start of the bar whose price it got
 * @param quantity units bought (positive) or sold (negative)
 * @param price the fill price
 * @param fee the fee paid, in account currency
 */
public record Execution(String orderId, Instant time, double quantity, double price, double fee) {

  /** The value traded, without sign and before fees. */
  public double notional() {
    return Math.abs(quantity) * price;
  }
}
