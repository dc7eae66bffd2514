package dev.decisiontrace.model;

/**
 * The value of a signal: a number, a text or a boolean.
 *
 * <p>A non-finite number is kept as it was observed; it is written as JSON {@code null} with a
 * quality issue, because JSON has no NaN.
 */
public sealed interface SignalValue {

  /** A numeric value. */
  record Numeric(double value) implements SignalValue {}

  /** A text value, such as a category. */
  record Text(String value) implements SignalValue {}

  /** A boolean value. */
  record Bool(boolean value) implements SignalValue {
    static final Bool TRUE = new Bool(true);
    static final Bool FALSE = new Bool(false);
  }

  static SignalValue of(double value) {
    return new Numeric(value);
  }

  static SignalValue of(String value) {
    return new Text(value);
  }

  static SignalValue of(boolean value) {
    return value ? Bool.TRUE : Bool.FALSE;
  }
}
