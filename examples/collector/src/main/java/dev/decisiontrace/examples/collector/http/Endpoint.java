package dev.decisiontrace.examples.collector.http;

import com.sun.net.httpserver.HttpExchange;
import dev.decisiontrace.examples.collector.store.StoreException;
import java.io.IOException;

/**
 * What one endpoint does; the {@link EndpointHandler} around it checks the token, the path and the
 * method, turns exceptions into statuses and writes the answer.
 */
interface Endpoint {

  /** The one method this endpoint serves, such as {@code POST}. */
  String method();

  /** Whether this endpoint serves {@code rawPath} (not decoded). */
  boolean serves(String rawPath);

  /**
   * Answers an authenticated request with the right method and path.
   *
   * @throws HttpProblem for an answer with an error status, such as a 400 with its reason
   * @throws StoreException if the store failed: answered with 500
   * @throws IOException if the request could not be read
   */
  JsonResponse handle(HttpExchange exchange) throws HttpProblem, StoreException, IOException;
}
