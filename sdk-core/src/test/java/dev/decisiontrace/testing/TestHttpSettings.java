package dev.decisiontrace.testing;

import dev.decisiontrace.config.Compression;
import dev.decisiontrace.config.HttpSettings;
import java.net.URI;
import java.time.Duration;

/**
 * {@link HttpSettings} for tests: the defaults of {@code decisiontrace.http.*}, changed one by one.
 */
public final class TestHttpSettings {

  private final URI endpoint;
  private String token = "";
  private Duration readTimeout = Duration.ofSeconds(30);
  private Compression compression = Compression.GZIP;
  private int maxAttempts = 5;
  private Duration initialBackoff = Duration.ofMillis(500);
  private Duration maxBackoff = Duration.ofSeconds(30);
  private String caFile = "";

  private TestHttpSettings(URI endpoint) {
    this.endpoint = endpoint;
  }

  public static TestHttpSettings to(URI endpoint) {
    return new TestHttpSettings(endpoint);
  }

  public TestHttpSettings token(String token) {
    this.token = token;
    return this;
  }

  public TestHttpSettings readTimeout(Duration readTimeout) {
    this.readTimeout = readTimeout;
    return this;
  }

  public TestHttpSettings compression(Compression compression) {
    this.compression = compression;
    return this;
  }

  public TestHttpSettings maxAttempts(int maxAttempts) {
    this.maxAttempts = maxAttempts;
    return this;
  }

  public TestHttpSettings backoff(Duration initial, Duration max) {
    this.initialBackoff = initial;
    this.maxBackoff = max;
    return this;
  }

  public TestHttpSettings caFile(String caFile) {
    this.caFile = caFile;
    return this;
  }

  public HttpSettings build() {
    return new HttpSettings(
        endpoint,
        token,
        Duration.ofSeconds(10),
        readTimeout,
        compression,
        maxAttempts,
        initialBackoff,
        maxBackoff,
        caFile);
  }
}
