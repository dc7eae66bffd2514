package dev.decisiontrace.examples.collector.http;

import com.sun.net.httpserver.HttpExchange;
import dev.decisiontrace.examples.collector.store.Database;
import java.util.Map;

/**
 * {@code GET /health}: 200 {@code {"status":"up"}} while the database answers, else 503. Open
 * without a token, for load balancers and probes; it says nothing about the data.
 */
final class HealthEndpoint implements Endpoint {

  static final String PATH = "/health";

  private final Database database;

  HealthEndpoint(Database database) {
    this.database = database;
  }

  @Override
  public String method() {
    return "GET";
  }

  @Override
  public boolean serves(String rawPath) {
    return PATH.equals(rawPath);
  }

  @Override
  public JsonResponse handle(HttpExchange exchange) {
    return database.isHealthy()
        ? JsonResponse.ok(Map.of("status", "up"))
        : new JsonResponse(503, Map.of("status", "down"), Map.of());
  }
}
