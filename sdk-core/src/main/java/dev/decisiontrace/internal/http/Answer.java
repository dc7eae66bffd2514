package dev.decisiontrace.internal.http;

/**
 * The collector's final answer to a delivery, one the delivery does not retry. Immutable.
 *
 * @param code the HTTP status code
 * @param body the start of the response body (see {@link HttpDelivery#MAX_ANSWER_BYTES}), with
 *     secrets masked; empty if there was none
 */
public record Answer(int code, String body) {

  private static final int MAX_REASON_LENGTH = 300;

  /** Whether the status is 2xx. */
  public boolean isSuccessful() {
    return code >= 200 && code < 300;
  }

  /**
   * The collector's reason for a message: the body on one line, cut to 300 characters, or {@code
   * "no reason given"}.
   */
  public String reason() {
    String line = body.strip().replaceAll("\\s+", " ");
    if (line.isEmpty()) {
      return "no reason given";
    }
    return line.length() <= MAX_REASON_LENGTH ? line : line.substring(0, MAX_REASON_LENGTH) + "...";
  }
}
