package dev.decisiontrace.examples.collector.http;

import static dev.decisiontrace.examples.collector.UntrustedText.neutralise;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.decisiontrace.examples.collector.store.StoreException;
import java.io.IOException;
import java.io.OutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one {@link Endpoint}: token, then path (404), then method (405), then the endpoint; every
 * exception becomes an answer. An endpoint that serves {@code GET} also serves {@code HEAD}, as HTTP
 * requires: the same status and headers, without the body. A 500 is reserved for a failed store (the SDK retries it) and for
 * bugs, and is always logged with its cause.
 */
final class EndpointHandler implements HttpHandler {

  private static final Logger log = LoggerFactory.getLogger(EndpointHandler.class);

  private static final String GET = "GET";
  private static final String HEAD = "HEAD";

  private final Endpoint endpoint;
  private final BearerAuth auth;
  private final ObjectMapper mapper;

  EndpointHandler(Endpoint endpoint, BearerAuth auth, ObjectMapper mapper) {
    this.endpoint = endpoint;
    this.auth = auth;
    this.mapper = mapper;
  }

  @Override
  public void handle(HttpExchange exchange) {
    try {
      write(exchange, respond(exchange));
    } catch (IOException | RuntimeException e) {
      log.debug(
          "could not answer {} {}",
          neutralise(exchange.getRequestMethod()),
          neutralise(exchange.getRequestURI().getRawPath()),
          e);
    } finally {
      exchange.close();
    }
  }

  private JsonResponse respond(HttpExchange exchange) {
    String method = exchange.getRequestMethod();
    // Both come from the request line: neutralised once here, for every log line and reason below.
    String shownMethod = neutralise(method);
    String path = neutralise(exchange.getRequestURI().getRawPath());
    try {
      if (!auth.permits(exchange.getRequestHeaders())) {
        return JsonResponse.error(401, "a valid bearer token is required")
            .withHeader("WWW-Authenticate", "Bearer realm=\"decisiontrace\"");
      }
      if (!endpoint.serves(exchange.getRequestURI().getRawPath())) {
        return JsonResponse.error(404, "no such resource: " + path);
      }
      if (!allows(method)) {
        String allowed = GET.equals(endpoint.method()) ? "GET, HEAD" : endpoint.method();
        return JsonResponse.error(405, shownMethod + " is not allowed here; use " + endpoint.method())
            .withHeader("Allow", allowed);
      }
      return endpoint.handle(exchange);
    } catch (HttpProblem e) {
      // The reason is already neutralised where it quotes the request.
      log.info("{} {}: {} {}", shownMethod, path, e.status(), e.getMessage());
      return e.response();
    } catch (IOException e) {
      log.info("{} {}: the request could not be read: {}", shownMethod, path, neutralise(e.toString()));
      return JsonResponse.error(400, "the request could not be read: " + neutralise(e.getMessage()));
    } catch (StoreException e) {
      log.error("{} {}: the store failed", shownMethod, path, e);
      return JsonResponse.error(500, "the collector could not store or read records now; retry later");
    } catch (RuntimeException e) {
      log.error("{} {}: unexpected failure", shownMethod, path, e);
      return JsonResponse.error(500, "the collector failed unexpectedly; see its log");
    }
  }

  private boolean allows(String method) {
    return endpoint.method().equals(method) || (HEAD.equals(method) && GET.equals(endpoint.method()));
  }

  private void write(HttpExchange exchange, JsonResponse response) throws IOException {
    byte[] body = mapper.writeValueAsBytes(response.body());
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    response.headers().forEach(exchange.getResponseHeaders()::set);
    if (HEAD.equals(exchange.getRequestMethod())) {
      // HttpServer's contract for a response without a body: -1. Any other length on a HEAD makes it
      // warn on standard error, and a body written after it would corrupt the connection.
      exchange.sendResponseHeaders(response.status(), -1);
      return;
    }
    exchange.sendResponseHeaders(response.status(), body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
