package dev.decisiontrace.examples.backtest;

/** The episode file cannot be written; the message says which file and why, in one line. */
public final class UnusableOutputException extends Exception {

  private static final long serialVersionUID = 1L;

  UnusableOutputException(String message) {
    super(message);
  }
}
