package dev.decisiontrace.examples.collector.http;

import java.net.InetSocketAddress;
import java.util.Objects;

/**
 * How the HTTP server runs.
 *
 * @param address where to listen; port 0 picks a free port
 * @param threads request handler threads, at least 1
 * @param maxBodyBytes the largest request body, received and decompressed, at least 1
 * @param auth the token check of every endpoint but {@code /health}
 */
public record ServerSettings(InetSocketAddress address, int threads, int maxBodyBytes, BearerAuth auth) {

  public ServerSettings {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(auth, "auth");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("maxBodyBytes must be at least 1, was " + maxBodyBytes);
    }
  }
}
