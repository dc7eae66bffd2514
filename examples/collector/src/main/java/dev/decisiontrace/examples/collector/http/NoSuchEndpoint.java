package dev.decisiontrace.examples.collector.http;

import com.sun.net.httpserver.HttpExchange;

/** Every path no other endpoint serves: answered 404 (after the token check, like the rest). */
final class NoSuchEndpoint implements Endpoint {

  @Override
  public String method() {
    return "GET";
  }

  @Override
  public boolean serves(String rawPath) {
    return false;
  }

  @Override
  public JsonResponse handle(HttpExchange exchange) {
    throw new IllegalStateException("serves no path, so it is never asked to handle one");
  }
}
