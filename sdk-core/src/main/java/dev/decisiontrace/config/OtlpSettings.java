package dev.decisiontrace.config;

import java.net.URI;

/**
 * Where the {@code otlp} exporter sends log records: the {@code decisiontrace.otlp.*} keys. The
 * transport settings (timeouts, compression, retries, TLS) are shared with the http exporter, in
 * {@link HttpSettings}. Immutable. {@link #toString()} never shows header values.
 *
 * @param endpoint {@code decisiontrace.otlp.endpoint}: the OTLP/HTTP logs endpoint
 * @param headers {@code decisiontrace.otlp.headers}: {@code name=value} pairs separated by commas
 */
public record OtlpSettings(URI endpoint, String headers) {

  @Override
  public String toString() {
    return "OtlpSettings[endpoint=" + endpoint + ", headers=" + (headers.isEmpty() ? "none" : "******") + "]";
  }
}
