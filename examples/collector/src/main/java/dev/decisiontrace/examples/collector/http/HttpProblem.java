package dev.decisiontrace.examples.collector.http;

/** A request the collector answers with an error status and a reason, such as a 400 or a 413. */
public final class HttpProblem extends Exception {

  private static final long serialVersionUID = 1L;

  private final int status;

  private HttpProblem(int status, String reason) {
    super(reason);
    this.status = status;
  }

  static HttpProblem badRequest(String reason) {
    return new HttpProblem(400, reason);
  }

  static HttpProblem notFound(String reason) {
    return new HttpProblem(404, reason);
  }

  static HttpProblem tooLarge(String reason) {
    return new HttpProblem(413, reason);
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  JsonResponse response() {
    return JsonResponse.error(status, getMessage());
  }
}
