package dev.decisiontrace.internal.http;

import java.util.List;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;

/**
 * Where and how a delivery posts: the endpoint, the body's media type, the headers every request
 * carries, and the secrets among them, which are masked in every text this package produces.
 * Immutable; empty secrets are dropped, since masking them would mean nothing.
 *
 * @param endpoint the URL requests are posted to
 * @param contentType the media type of the (uncompressed) body
 * @param headers sent with every request, such as {@code Authorization}
 * @param secrets strings that must never appear in a message, such as the token; empty ones are
 *     ignored
 */
public record Destination(
    HttpUrl endpoint, MediaType contentType, Headers headers, List<String> secrets) {

  private static final String MASK = "******";

  public Destination {
    secrets = secrets.stream().filter(secret -> !secret.isEmpty()).toList();
  }

  /**
   * The endpoint for messages: scheme, host, port and path, without user, password or query, which
   * may hold credentials.
   */
  public String display() {
    return endpoint.scheme()
        + "://"
        + endpoint.host()
        + ":"
        + endpoint.port()
        + endpoint.encodedPath();
  }

  /** {@code text} with every secret replaced by {@code ******}. */
  public String mask(String text) {
    String masked = text;
    for (String secret : secrets) {
      masked = masked.replace(secret, MASK);
    }
    return masked;
  }

  /** Never shows header values. */
  @Override
  public String toString() {
    return "Destination[" + display() + ", " + contentType + ", headers=" + headers.names() + "]";
  }
}
