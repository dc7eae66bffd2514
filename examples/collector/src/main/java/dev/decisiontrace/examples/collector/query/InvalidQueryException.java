package dev.decisiontrace.examples.collector.query;

/** A query parameter is unknown or has a value that cannot be used; the message says which and why. */
public final class InvalidQueryException extends Exception {

  private static final long serialVersionUID = 1L;

  public InvalidQueryException(String message) {
    super(message);
  }
}
