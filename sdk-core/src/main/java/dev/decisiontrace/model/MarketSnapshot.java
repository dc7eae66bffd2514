package dev.decisiontrace.model;

import java.util.List;

/**
 * What the market looked like at decision time.
 *
 * @param price last or reference price, or {@code null}
 * @param bid best bid, or {@code null}
 * @param ask best ask, or {@code null}
 * @param volume volume of the last bar or period, or {@code null}
 * @param regimes free-form regime labels such as {@code "uptrend"} or {@code "high-volatility"}
 */
public record MarketSnapshot(Double price, Double bid, Double ask, Double volume, List<String> regimes) {

  public MarketSnapshot {
    regimes = Values.list(regimes);
  }

  /** A snapshot with only a price. */
  public static MarketSnapshot ofPrice(double price) {
    return new MarketSnapshot(price, null, null, null, List.of());
  }
}
