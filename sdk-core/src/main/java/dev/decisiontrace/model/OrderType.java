package dev.decisiontrace.model;

/** How an order is placed. */
public enum OrderType {
  MARKET,
  LIMIT,
  STOP,
  STOP_LIMIT
}
