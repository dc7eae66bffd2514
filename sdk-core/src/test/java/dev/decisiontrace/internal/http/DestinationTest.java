package dev.decisiontrace.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import org.junit.jupiter.api.Test;

class DestinationTest {

  private static Destination to(String url, String... secrets) {
    return new Destination(
        HttpUrl.get(url),
        MediaType.get("application/json"),
        Headers.of("api-key", "k-123"),
        List.of(secrets));
  }

  @Test
  void displaysTheEndpointWithoutCredentialsOrQuery() {
    assertEquals(
        "https://collector.example:8443/v1/records",
        to("https://user:pw@collector.example:8443/v1/records?key=abc").display());
  }

  @Test
  void masksEverySecretInText() {
    assertEquals(
        "token ****** and ****** again, key ******",
        to("http://localhost/", "t-1", "k-123").mask("token t-1 and t-1 again, key k-123"));
  }

  @Test
  void ignoresEmptySecrets() {
    assertEquals("unchanged", to("http://localhost/", "").mask("unchanged"));
  }

  @Test
  void toStringNamesTheHeadersButNotTheirValues() {
    assertEquals(
        "Destination[http://localhost:80/v1/logs, application/json, headers=[api-key]]",
        to("http://localhost/v1/logs", "k-123").toString());
  }
}
