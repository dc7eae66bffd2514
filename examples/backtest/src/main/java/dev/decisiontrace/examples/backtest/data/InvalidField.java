package dev.decisiontrace.examples.backtest.data;

/** One field of one row is unusable. Control flow inside the loader only, so it carries no stack trace. */
final class InvalidField extends Exception {

  private static final long serialVersionUID = 1L;

  private final String field;
  private final String reason;

  InvalidField(String field, String reason) {
    super(field + ": " + reason, null, false, false);
    this.field = field;
    this.reason = reason;
  }

  String field() {
    return field;
  }

  String reason() {
    return reason;
  }
}
