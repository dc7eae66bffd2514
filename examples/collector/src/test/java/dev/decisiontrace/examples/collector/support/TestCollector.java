package dev.decisiontrace.examples.collector.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.decisiontrace.examples.collector.Collector;
import dev.decisiontrace.examples.collector.http.BearerAuth;
import dev.decisiontrace.examples.collector.http.ServerSettings;
import dev.decisiontrace.examples.collector.store.StoreException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.GZIPOutputStream;

/**
 * A real collector on an ephemeral port of 127.0.0.1 over a real SQLite file, and a real HTTP client
 * to talk to it. Every request has a bounded timeout.
 */
public final class TestCollector implements AutoCloseable {

  public static final String TOKEN = "test-token-7f3a9c";
  public static final int DEFAULT_MAX_BODY_BYTES = 16 * 1024 * 1024;
  private static final Duration TIMEOUT = Duration.ofSeconds(20);

  private final Path database;
  private final BearerAuth auth;
  private final int maxBodyBytes;
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  private final ObjectMapper mapper = new ObjectMapper();
  private Collector collector;

  private TestCollector(Path database, BearerAuth auth, int maxBodyBytes) throws StoreException, IOException {
    this.database = database;
    this.auth = auth;
    this.maxBodyBytes = maxBodyBytes;
    this.collector = startCollector();
  }

  /** A collector requiring {@link #TOKEN}, on {@code database}. */
  public static TestCollector start(Path database) throws StoreException, IOException {
    return new TestCollector(database, BearerAuth.requiring(TOKEN), DEFAULT_MAX_BODY_BYTES);
  }

  /** A collector requiring {@link #TOKEN} that refuses bodies over {@code maxBodyBytes}. */
  public static TestCollector withMaxBodyBytes(Path database, int maxBodyBytes) throws StoreException, IOException {
    return new TestCollector(database, BearerAuth.requiring(TOKEN), maxBodyBytes);
  }

  /** A collector that requires no token. */
  public static TestCollector withoutAuth(Path database) throws StoreException, IOException {
    return new TestCollector(database, BearerAuth.none(), DEFAULT_MAX_BODY_BYTES);
  }

  private Collector startCollector() throws StoreException, IOException {
    return Collector.start(
        database, new ServerSettings(new InetSocketAddress("127.0.0.1", 0), 4, maxBodyBytes, auth));
  }

  /** Closes the collector and starts a new one on the same database file (on a new port). */
  public void restart() throws StoreException, IOException {
    collector.close();
    collector = startCollector();
  }

  public URI uri(String pathAndQuery) {
    return collector.baseUri().resolve(pathAndQuery);
  }

  /** POSTs {@code lines} to /v1/records, one per line, with the token, uncompressed. */
  public HttpResponse<String> postLines(String... lines) {
    return post(ndjson(lines), "Authorization", "Bearer " + TOKEN);
  }

  /** POSTs {@code body} to /v1/records with exactly {@code headers} (name, value, name, value...). */
  public HttpResponse<String> post(byte[] body, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri("/v1/records"))
            .timeout(TIMEOUT)
            .header("Content-Type", "application/x-ndjson")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return send(request.build());
  }

  /** GETs {@code pathAndQuery} with the token. */
  public HttpResponse<String> get(String pathAndQuery) {
    return get(pathAndQuery, "Authorization", "Bearer " + TOKEN);
  }

  /** GETs {@code pathAndQuery} with exactly {@code headers}. */
  public HttpResponse<String> get(String pathAndQuery, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathAndQuery)).timeout(TIMEOUT).GET();
    if (headers.length > 0) {
      request.headers(headers);
    }
    return send(request.build());
  }

  /** The JSON body of a GET with the token that must answer 200. */
  public JsonNode getJson(String pathAndQuery) {
    HttpResponse<String> response = get(pathAndQuery);
    if (response.statusCode() != 200) {
      throw new AssertionError("GET " + pathAndQuery + " answered " + response.statusCode() + ": " + response.body());
    }
    return json(response);
  }

  /** The body of {@code response} as JSON. */
  public JsonNode json(HttpResponse<String> response) {
    try {
      return mapper.readTree(response.body());
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + response.body(), e);
    }
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** {@code lines} as an NDJSON body: each line followed by {@code \n}. */
  public static byte[] ndjson(String... lines) {
    StringBuilder body = new StringBuilder();
    for (String line : lines) {
      body.append(line).append('\n');
    }
    return body.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** {@code bytes} gzip-compressed. */
  public static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  @Override
  public void close() {
    collector.close();
  }
}
