package dev.decisiontrace.examples.collector.http;

import java.util.HashMap;
import java.util.Map;

/**
 * An answer: a status, a body serialised as JSON, and any extra headers.
 *
 * @param status the HTTP status
 * @param body the body, serialised with the collector's {@code ObjectMapper}
 * @param headers headers besides {@code Content-Type}
 */
public record JsonResponse(int status, Object body, Map<String, String> headers) {

  public JsonResponse {
    headers = Map.copyOf(headers);
  }

  /** A 200 with {@code body}. */
  public static JsonResponse ok(Object body) {
    return new JsonResponse(200, body, Map.of());
  }

  /** An error {@code status} with the body {@code {"reason": reason}}. */
  public static JsonResponse error(int status, String reason) {
    return new JsonResponse(status, Map.of("reason", reason), Map.of());
  }

  /** This response with {@code name: value} added to its headers. */
  public JsonResponse withHeader(String name, String value) {
    Map<String, String> more = new HashMap<>(headers);
    more.put(name, value);
    return new JsonResponse(status, body, more);
  }
}
