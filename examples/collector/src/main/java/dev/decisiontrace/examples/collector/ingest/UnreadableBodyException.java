package dev.decisiontrace.examples.collector.ingest;

/** The body as a whole cannot be read as a batch (not UTF-8, no lines); answered with 400. */
public final class UnreadableBodyException extends Exception {

  private static final long serialVersionUID = 1L;

  public UnreadableBodyException(String message) {
    super(message);
  }
}
