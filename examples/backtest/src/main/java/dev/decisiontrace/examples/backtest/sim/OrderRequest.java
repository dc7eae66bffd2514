package dev.decisiontrace.examples.backtest.sim;

import java.time.Instant;

/**
 * An order the strategy hands to the broker at a bar's close. Market orders only; the broker fills
 * them at the next bar's open.
 */
public sealed interface OrderRequest {

  /** The client order id, such as {@code "bt-000123"}. */
  String orderId();

  /** The id of the episode that decided this order; empty when nothing was recorded. */
  String episodeId();

  /** When the strategy decided: the close of the bar it looked at. */
  Instant decidedAt();

  /**
   * Buy {@code quantity} at the next open, then rest a stop and a take-profit with the broker.
   *
   * @param stopPrice sell everything if the price trades at or below this
   * @param targetPrice sell everything if the price trades at or above this
   */
  record Entry(
      String orderId, String episodeId, Instant decidedAt, double quantity, double stopPrice, double targetPrice)
      implements OrderRequest {}

  /** Sell the whole position at the next open, for {@code reason}. */
  record Exit(String orderId, String episodeId, Instant decidedAt, ExitReason reason) implements OrderRequest {}
}
