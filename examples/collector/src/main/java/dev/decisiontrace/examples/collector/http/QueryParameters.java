package dev.decisiontrace.examples.collector.http;

import static dev.decisiontrace.examples.collector.UntrustedText.neutralise;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Decodes a raw query string ({@code a=1&b=x%20y}) into names and values, each name at most once, and
 * path segments.
 */
final class QueryParameters {

  private QueryParameters() {}

  /**
   * The parameters of {@code rawQuery}; empty for {@code null}. A name without {@code =} has the
   * value {@code ""}.
   *
   * @throws HttpProblem 400 if a name repeats or an escape is malformed
   */
  static Map<String, String> parse(String rawQuery) throws HttpProblem {
    Map<String, String> parameters = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return parameters;
    }
    for (String pair : rawQuery.split("&", -1)) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = decode(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
      if (parameters.putIfAbsent(name, value) != null) {
        throw HttpProblem.badRequest("parameter '" + neutralise(name) + "' is given more than once");
      }
    }
    return parameters;
  }

  /**
   * Decodes one percent-encoded path segment, where {@code +} is a plus sign, not a space.
   *
   * @throws HttpProblem 400 if an escape is malformed
   */
  static String decodePathSegment(String raw) throws HttpProblem {
    return decode(raw.replace("+", "%2B"));
  }

  private static String decode(String raw) throws HttpProblem {
    try {
      return URLDecoder.decode(raw, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw HttpProblem.badRequest("malformed percent-escape in '" + neutralise(raw) + "'");
    }
  }
}
