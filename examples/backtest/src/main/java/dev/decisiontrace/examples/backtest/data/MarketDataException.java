package dev.decisiontrace.examples.backtest.data;

/**
 * The file as a whole cannot be used: it is missing, unreadable, of an unknown format, not valid JSON,
 * or holds no usable bar. The message is one line that names the file and is meant for the user.
 */
public final class MarketDataException extends Exception {

  private static final long serialVersionUID = 1L;

  /** @param message one line for the user, naming the file */
  public MarketDataException(String message) {
    super(message);
  }

  MarketDataException(String message, Throwable cause) {
    super(message, cause);
  }
}
