package dev.decisiontrace.config;

import java.net.URI;
import java.time.Duration;

/**
 * How the network exporters ({@code http} and {@code otlp}) reach their collector: the
 * {@code decisiontrace.http.*} keys. Immutable. {@link #toString()} never shows the token.
 *
 * @param endpoint {@code decisiontrace.http.endpoint}: where the http exporter posts
 * @param token {@code decisiontrace.http.token}: the bearer token; empty for none
 * @param connectTimeout {@code decisiontrace.http.connect-timeout}
 * @param readTimeout {@code decisiontrace.http.read-timeout}
 * @param compression {@code decisiontrace.http.compression}
 * @param maxAttempts {@code decisiontrace.http.max-attempts}: attempts per batch before giving up
 * @param initialBackoff {@code decisiontrace.http.initial-backoff}: first wait between attempts
 * @param maxBackoff {@code decisiontrace.http.max-backoff}: longest wait between attempts
 * @param caFile {@code decisiontrace.http.tls.ca-file}: PEM certificates to trust; empty for the JVM's
 */
public record HttpSettings(
    URI endpoint,
    String token,
    Duration connectTimeout,
    Duration readTimeout,
    Compression compression,
    int maxAttempts,
    Duration initialBackoff,
    Duration maxBackoff,
    String caFile) {

  /** Whether a token is configured. */
  public boolean hasToken() {
    return token != null && !token.isEmpty();
  }

  @Override
  public String toString() {
    return "HttpSettings[endpoint="
        + endpoint
        + ", token="
        + (hasToken() ? "******" : "none")
        + ", connectTimeout="
        + connectTimeout
        + ", readTimeout="
        + readTimeout
        + ", compression="
        + compression
        + ", maxAttempts="
        + maxAttempts
        + ", initialBackoff="
        + initialBackoff
        + ", maxBackoff="
        + maxBackoff
        + ", caFile="
        + (caFile.isEmpty() ? "none" : caFile)
        + "]";
  }
}
