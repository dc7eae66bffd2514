package dev.decisiontrace.model;

/** Whether a decision was taken with real money, simulated live, or on history. */
public enum TradingMode {
  LIVE,
  PAPER,
  BACKTEST
}
