package dev.decisiontrace.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.decisiontrace.config.Compression;
import dev.decisiontrace.config.HttpSettings;
import java.net.URI;
import java.time.Duration;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class HttpClientsTest {

  private static final OkHttpClient CLIENT =
      HttpClients.create(
          new HttpSettings(
              URI.create("http://localhost:4380/v1/records"),
              "",
              Duration.ofSeconds(3),
              Duration.ofSeconds(7),
              Compression.GZIP,
              5,
              Duration.ofMillis(500),
              Duration.ofSeconds(30),
              ""));

  @Test
  void connectsAndReadsWithinTheConfiguredTimeouts() {
    assertEquals(3_000, CLIENT.connectTimeoutMillis());
    assertEquals(7_000, CLIENT.readTimeoutMillis());
  }

  @Test
  void writesWithinTheReadTimeoutRatherThanAnUnconfiguredOne() {
    assertEquals(7_000, CLIENT.writeTimeoutMillis());
  }

  @Test
  void followsNoRedirectSoThatAPostIsNeverTurnedIntoAGet() {
    assertFalse(CLIENT.followRedirects());
    assertFalse(CLIENT.followSslRedirects());
  }
}
