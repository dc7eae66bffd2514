package dev.decisiontrace.examples.backtest.sim;

import java.util.Optional;

/**
 * What the strategy sees of its account at a bar's close.
 *
 * @param cash cash available, in account currency
 * @param position the open position, or {@code null} when flat
 */
public record Account(double cash, Position position) {

  public boolean isFlat() {
    return position == null;
  }

  public Optional<Position> openPosition() {
    return Optional.ofNullable(position);
  }

  /** Cash plus the position marked at {@code price}. */
  public double equity(double price) {
    return position == null ? cash : cash + position.marketValue(price);
  }
}
