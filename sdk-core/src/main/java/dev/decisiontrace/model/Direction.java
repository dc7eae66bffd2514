package dev.decisiontrace.model;

/** The market view a thesis takes. */
public enum Direction {
  LONG,
  SHORT,
  NEUTRAL
}
