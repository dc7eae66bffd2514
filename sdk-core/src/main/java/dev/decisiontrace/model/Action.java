package dev.decisiontrace.model;

/**
 * What the strategy did.
 *
 * @param side buy, sell, hold or close
 * @param quantity the order quantity, or {@code null} (for a hold)
 * @param orderType the order type, or {@code null}
 * @param limitPrice the limit price, or {@code null}
 * @param orderId the order's id; a late outcome can refer to the episode by it. {@code null} if none
 */
public record Action(Side side, Double quantity, OrderType orderType, Double limitPrice, String orderId) {

  /** A decision to do nothing. */
  public static Action hold() {
    return new Action(Side.HOLD, null, null, null, null);
  }

  /** A market order. */
  public static Action market(Side side, double quantity, String orderId) {
    return new Action(side, quantity, OrderType.MARKET, null, orderId);
  }
}
