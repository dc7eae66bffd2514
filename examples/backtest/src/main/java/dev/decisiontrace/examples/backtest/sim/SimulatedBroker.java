package dev.decisiontrace.examples.backtest.sim;

import dev.decisiontrace.examples.backtest.data.Bar;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A long-only broker for one instrument, with simple and explicit fill rules:
 *
 * <ul>
 *   <li>Market orders fill at the next bar's open, whatever happened in between (gaps included).
 *   <li>An entry the cash cannot pay for at that open, fee included, fills only as far as cash allows.
 *   <li>After an entry fills, its stop and take-profit rest with the broker and are checked in every bar
 *       from the entry bar on, by {@link BracketExits}: through-the-open gaps fill at the open, and a
 *       bar touching both fills the stop.
 *   <li>Every fill pays {@code feeBps} basis points of its notional value.
 *   <li>Excursions are measured over the prices seen up to the exit; where the order inside the exit bar
 *       is unknown, the worse case for the position is taken.
 *   <li>When the data ends, a pending order is cancelled and an open position is sold at the last close.
 * </ul>
 *
 * <p>One order at a time. Not thread-safe: drive it from one thread.
 */
public final class SimulatedBroker {

  private static final double BASIS_POINTS = 10_000;

  private final double feeRate;
  private final TradeListener listener;
  private final List<ClosedTrade> closedTrades = new ArrayList<>();
  private double cash;
  private Position position;
  private OrderRequest pending;
  private int cancelledOrders;

  /**
   * @param startingCash the account's cash before the first bar
   * @param feeBps the fee on every fill, in basis points of its notional value
   * @param listener told of every closed trade and cancelled order
   * @throws IllegalArgumentException if {@code startingCash} is not positive or {@code feeBps} is negative
   */
  public SimulatedBroker(double startingCash, double feeBps, TradeListener listener) {
    if (!(startingCash > 0)) {
      throw new IllegalArgumentException("startingCash must be positive, was " + startingCash);
    }
    if (!(feeBps >= 0)) {
      throw new IllegalArgumentException("feeBps must not be negative, was " + feeBps);
    }
    this.cash = startingCash;
    this.feeRate = feeBps / BASIS_POINTS;
    this.listener = Objects.requireNonNull(listener, "listener");
  }

  /**
   * Accepts an order to fill at the next bar's open.
   *
   * @throws IllegalStateException if an order is already pending, or the order does not fit the
   *     position (an entry while long, an exit while flat)
   */
  public void submit(OrderRequest order) {
    Objects.requireNonNull(order, "order");
    if (pending != null) {
      throw new IllegalStateException(
          "order " + pending.orderId() + " is still pending; cannot accept " + order.orderId());
    }
    if (order instanceof OrderRequest.Entry && position != null) {
      throw new IllegalStateException("already long; cannot accept entry " + order.orderId());
    }
    if (order instanceof OrderRequest.Exit && position == null) {
      throw new IllegalStateException("no position to exit; cannot accept " + order.orderId());
    }
    pending = order;
  }

  /** Plays one new bar: fills the pending order at its open, then lets the bracket act inside it. */
  public void onBar(Bar bar) {
    if (pending != null) {
      OrderRequest order = pending;
      pending = null;
      if (order instanceof OrderRequest.Entry entry) {
        open(entry, bar);
      } else {
        OrderRequest.Exit exit = (OrderRequest.Exit) order;
        close(position.sawPrices(bar.open(), bar.open()), exit.orderId(), bar.time(), bar.open(), exit.reason(), exit);
      }
    }
    if (position != null) {
      applyBracket(bar);
    }
  }

  /**
   * Ends the run: cancels a pending order and sells an open position at the last close.
   *
   * @param last the last bar played
   * @param end when the data ends: the close of the last bar
   */
  public void finish(Bar last, Instant end) {
    if (pending != null) {
      OrderRequest order = pending;
      pending = null;
      cancelledOrders++;
      listener.orderCancelled(order, end);
    }
    if (position != null) {
      String orderId = position.entryOrder().orderId() + "-end";
      close(position.sawPrices(last.close(), last.close()), orderId, end, last.close(), ExitReason.END_OF_DATA, null);
    }
  }

  /** What the strategy sees now. */
  public Account account() {
    return new Account(cash, position);
  }

  public Optional<Position> position() {
    return Optional.ofNullable(position);
  }

  /** Round trips so far, oldest first. */
  public List<ClosedTrade> closedTrades() {
    return List.copyOf(closedTrades);
  }

  public int cancelledOrders() {
    return cancelledOrders;
  }

  private void open(OrderRequest.Entry order, Bar bar) {
    double price = bar.open();
    double quantity = Math.min(order.quantity(), cash / (price * (1 + feeRate)));
    double fee = quantity * price * feeRate;
    cash -= quantity * price + fee;
    position = Position.opened(order, new Execution(order.orderId(), bar.time(), quantity, price, fee));
  }

  private void applyBracket(Bar bar) {
    Optional<BracketExits.Triggered> triggered =
        BracketExits.within(bar, position.stopPrice(), position.targetPrice());
    if (triggered.isEmpty()) {
      position = position.heldThrough(bar.low(), bar.high());
      return;
    }
    BracketExits.Triggered exit = triggered.get();
    // Up to the exit, and no further: after a stop, the bar's high may have come later; before a
    // target, its low may have come first.
    double low = exit.atOpen() ? bar.open() : exit.reason() == ExitReason.STOP ? exit.price() : bar.low();
    double high = exit.atOpen() ? bar.open() : exit.reason() == ExitReason.TARGET ? exit.price() : bar.open();
    String orderId = position.entryOrder().orderId() + "-" + exit.reason().wireName();
    close(position.heldThrough(low, high), orderId, bar.time(), exit.price(), exit.reason(), null);
  }

  private void close(
      Position closing, String orderId, Instant time, double price, ExitReason reason, OrderRequest.Exit order) {
    double quantity = closing.quantity();
    double fee = quantity * price * feeRate;
    cash += quantity * price - fee;
    position = null;
    ClosedTrade trade = new ClosedTrade(closing, new Execution(orderId, time, -quantity, price, fee), reason, order);
    closedTrades.add(trade);
    listener.tradeClosed(trade);
  }
}
