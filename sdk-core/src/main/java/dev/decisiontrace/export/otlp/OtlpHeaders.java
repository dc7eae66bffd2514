package dev.decisiontrace.export.otlp;

import dev.decisiontrace.config.ConfigKey;
import dev.decisiontrace.config.ConfigurationException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import okhttp3.Headers;

/**
 * Reads {@code decisiontrace.otlp.headers}: {@code name=value} pairs separated by commas, as in
 * {@code OTEL_EXPORTER_OTLP_HEADERS}. Values are percent-decoded ({@code %20} is a space; a {@code
 * +} stays a plus); spaces around names and values are ignored, and so are empty pairs. Stateless.
 */
final class OtlpHeaders {

  private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+\\-.^_`|~0-9A-Za-z]+");
  private static final String ALLOWED = "name=value pairs separated by commas, such as api-key=abc";

  private OtlpHeaders() {}

  /**
   * The headers {@code text} lists.
   *
   * @throws ConfigurationException if a pair has no {@code =}, a name HTTP does not allow, or a
   *     value that is not percent-encoded properly or holds characters HTTP does not allow; the
   *     message never repeats a value
   */
  static Headers parse(String text) {
    Headers.Builder headers = new Headers.Builder();
    String[] pairs = text.split(",");
    for (int i = 0; i < pairs.length; i++) {
      String pair = pairs[i].strip();
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = equals < 0 ? "" : pair.substring(0, equals).strip();
      if (!TOKEN.matcher(name).matches()) {
        throw invalid("pair " + (i + 1) + " is not name=value with a name HTTP allows");
      }
      try {
        String value =
            URLDecoder.decode(
                pair.substring(equals + 1).strip().replace("+", "%2B"), StandardCharsets.UTF_8);
        headers.add(name, value);
      } catch (IllegalArgumentException e) {
        throw invalid(
            "the value of "
                + name
                + " is not properly percent-encoded or holds characters HTTP does not allow");
      }
    }
    return headers.build();
  }

  private static ConfigurationException invalid(String problem) {
    return new ConfigurationException(
        ConfigKey.OTLP_HEADERS.name(), "******", "configuration", ALLOWED + "; " + problem);
  }
}
