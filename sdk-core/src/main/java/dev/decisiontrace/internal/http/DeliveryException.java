package dev.decisiontrace.internal.http;

import java.io.IOException;

/**
 * A batch was not delivered: either for now ({@linkplain #isRetryable() retryable}: the collector
 * was unreachable, overloaded or too slow, and the attempts or the time ran out) or for good (it
 * refused the batch). Its message names the collector's endpoint and the reason, never a secret.
 * Immutable.
 */
public final class DeliveryException extends IOException {

  private static final long serialVersionUID = 1L;

  private final boolean retryable;

  private DeliveryException(String message, Throwable cause, boolean retryable) {
    super(message, cause);
    this.retryable = retryable;
  }

  /** The batch may be delivered later; {@code cause} is the last attempt's failure, if any. */
  public static DeliveryException retryable(String message, Throwable cause) {
    return new DeliveryException(message, cause, true);
  }

  /** The collector refused the batch; sending it again would not help. */
  public static DeliveryException permanent(String message) {
    return new DeliveryException(message, null, false);
  }

  /** Whether the batch should be kept and sent again later. */
  public boolean isRetryable() {
    return retryable;
  }
}
