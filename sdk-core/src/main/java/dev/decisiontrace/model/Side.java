package dev.decisiontrace.model;

/** What the decision does with the position. */
public enum Side {
  BUY,
  SELL,
  /** Consciously do nothing: a decision like any other, and training data like any other. */
  HOLD,
  /** Close the existing position, whatever its direction. */
  CLOSE
}
