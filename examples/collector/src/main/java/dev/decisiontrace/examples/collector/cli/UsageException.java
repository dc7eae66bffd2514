package dev.decisiontrace.examples.collector.cli;

/** The command line or the token configuration is wrong; the message says how, in one line. */
public final class UsageException extends Exception {

  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
