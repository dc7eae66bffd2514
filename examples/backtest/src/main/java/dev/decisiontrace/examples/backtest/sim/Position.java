package dev.decisiontrace.examples.backtest.sim;

/**
 * An open long position, its bracket, and how far the price has moved against and for it.
 *
 * @param entryOrder the order that opened it
 * @param entry the entry fill
 * @param stopPrice the resting stop-loss
 * @param targetPrice the resting take-profit
 * @param barsHeld bars the position was open in, the entry bar included
 * @param lowestPrice the lowest price traded while open
 * @param highestPrice the highest price traded while open
 */
public record Position(
    OrderRequest.Entry entryOrder,
    Execution entry,
    double stopPrice,
    double targetPrice,
    int barsHeld,
    double lowestPrice,
    double highestPrice) {

  static Position opened(OrderRequest.Entry order, Execution entry) {
    return new Position(order, entry, order.stopPrice(), order.targetPrice(), 0, entry.price(), entry.price());
  }

  public double quantity() {
    return entry.quantity();
  }

  public double entryPrice() {
    return entry.price();
  }

  /** The worst move against the position so far, in price units (0 if it never went below entry). */
  public double maxAdverseExcursion() {
    return Math.max(0, entryPrice() - lowestPrice);
  }

  /** The best move for the position so far, in price units (0 if it never went above entry). */
  public double maxFavourableExcursion() {
    return Math.max(0, highestPrice - entryPrice());
  }

  /** The position's market value at {@code price}. */
  public double marketValue(double price) {
    return quantity() * price;
  }

  /** Profit or loss if sold at {@code price}, before the exit fee, after the entry fee. */
  public double unrealizedPnl(double price) {
    return (price - entryPrice()) * quantity() - entry.fee();
  }

  /** This position after one more bar in which it saw prices from {@code low} to {@code high}. */
  Position heldThrough(double low, double high) {
    return new Position(entryOrder, entry, stopPrice, targetPrice, barsHeld + 1, lowestPrice, highestPrice)
        .sawPrices(low, high);
  }

  /** This position having seen prices from {@code low} to {@code high}, in the same bar. */
  Position sawPrices(double low, double high) {
    return new Position(
        entryOrder,
        entry,
        stopPrice,
        targetPrice,
        barsHeld,
        Math.min(lowestPrice, low),
        Math.max(highestPrice, high));
  }
}
