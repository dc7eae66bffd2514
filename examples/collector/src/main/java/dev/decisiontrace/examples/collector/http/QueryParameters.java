package dev.decisiontrace.examples.collector.http;

import static dev.decisiontrace.examples.collector.UntrustedText.neutralise;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Decodes a raw query string ({@code a=1&b=x%20y}) into names and values, each name at most once, and
 * path segments. Percent-escapes must decode to UTF-8: {@code java.net.URLDecoder} would turn {@code
 * %E9} into U+FFFD without a word, and a filter on that value would silently match nothing.
 */
final class QueryParameters {

  private QueryParameters() {}

  /**
   * The parameters of {@code rawQuery}; empty for {@code null}. A name without {@code =} has the
   * value {@code ""}.
   *
   * @throws HttpProblem 400 if a name repeats, an escape is malformed, or a name or value is not
   *     UTF-8 once decoded
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
      String name = decode(equals < 0 ? pair : pair.substring(0, equals), true, "a parameter name");
      String value =
          equals < 0 ? "" : decode(pair.substring(equals + 1), true, "parameter '" + neutralise(name) + "'");
      if (parameters.putIfAbsent(name, value) != null) {
        throw HttpProblem.badRequest("parameter '" + neutralise(name) + "' is given more than once");
      }
    }
    return parameters;
  }

  /**
   * Decodes one percent-encoded path segment, where {@code +} is a plus sign, not a space.
   *
   * @throws HttpProblem 400 if an escape is malformed or the segment is not UTF-8 once decoded
   */
  static String decodePathSegment(String raw) throws HttpProblem {
    return decode(raw, false, "the path segment");
  }

  /**
   * {@code raw} with its {@code %XX} escapes (and, in a query, {@code +} for a space) decoded as
   * UTF-8; {@code what} names it in the reason of a refusal.
   */
  private static String decode(String raw, boolean plusIsSpace, String what) throws HttpProblem {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    int i = 0;
    while (i < raw.length()) {
      char c = raw.charAt(i);
      if (c == '%') {
        int high = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
        int low = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 2), 16) : -1;
        if (high < 0 || low < 0) {
          throw HttpProblem.badRequest("malformed percent-escape in '" + neutralise(raw) + "'");
        }
        bytes.write(high * 16 + low);
        i += 3;
      } else if (c == '+' && plusIsSpace) {
        bytes.write(' ');
        i++;
      } else {
        // Unescaped characters, including any non-ASCII the JDK let through, stand for their UTF-8.
        int codePoint = raw.codePointAt(i);
        bytes.writeBytes(Character.toString(codePoint).getBytes(StandardCharsets.UTF_8));
        i += Character.charCount(codePoint);
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      throw HttpProblem.badRequest(what + " is not UTF-8 once percent-decoded: '" + neutralise(raw) + "'");
    }
  }
}
