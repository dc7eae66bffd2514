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
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * A real collector on 127.0.0.1 (an ephemeral port unless one is given) over a real SQLite file, and
 * a real HTTP client to talk to it. Every request has a bounded timeout.
 */
public final class TestCollector implements AutoCloseable {

  public static final String TOKEN = "test-token-7f3a9c";
  public static final int DEFAULT_MAX_BODY_BYTES = 16 * 1024 * 1024;
  private static final Duration TIMEOUT = Duration.ofSeconds(20);

  private final Path database;
  private final int port;
  private final BearerAuth auth;
  private final int maxBodyBytes;
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  private final ObjectMapper mapper = new ObjectMapper();
  private Collector collector;

  private TestCollector(Path database, int port, BearerAuth auth, int maxBodyBytes) throws StoreException, IOException {
    this.database = database;
    this.port = port;
    this.auth = auth;
    this.maxBodyBytes = maxBodyBytes;
    this.collector = startCollector();
  }

  /** A collector requiring {@link #TOKEN}, on {@code database}. */
  public static TestCollector start(Path database) throws StoreException, IOException {
    return new TestCollector(database, 0, BearerAuth.requiring(TOKEN), DEFAULT_MAX_BODY_BYTES);
  }

  /** A collector requiring {@link #TOKEN} on {@code port}: where SDKs started before it expect it. */
  public static TestCollector onPort(Path database, int port) throws StoreException, IOException {
    return new TestCollector(database, port, BearerAuth.requiring(TOKEN), DEFAULT_MAX_BODY_BYTES);
  }

  /** A collector requiring {@link #TOKEN} that refuses bodies over {@code maxBodyBytes}. */
  public static TestCollector withMaxBodyBytes(Path database, int maxBodyBytes) throws StoreException, IOException {
    return new TestCollector(database, 0, BearerAuth.requiring(TOKEN), maxBodyBytes);
  }

  /** A collector that requires no token. */
  public static TestCollector withoutAuth(Path database) throws StoreException, IOException {
    return new TestCollector(database, 0, BearerAuth.none(), DEFAULT_MAX_BODY_BYTES);
  }

  private Collector startCollector() throws StoreException, IOException {
    return Collector.start(
        database, new ServerSettings(new InetSocketAddress("127.0.0.1", port), 4, maxBodyBytes, auth));
  }

  /**
   * A port of 127.0.0.1 that was free a moment ago: for an SDK to be pointed at before any collector
   * listens there.
   */
  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress("127.0.0.1", 0));
      return socket.getLocalPort();
    }
  }

  /** Closes the collector and starts a new one on the same database file (and port, if one was given). */
  public void restart() throws StoreException, IOException {
    collector.close();
    collector = startCollector();
  }

  public URI uri(String pathAndQuery) {
    return collector.baseUri().resolve(pathAndQuery);
  }

  /** The URL of the collector's records endpoint, for {@code decisiontrace.http.endpoint}. */
  public String recordsEndpoint() {
    return uri("/v1/records").toString();
  }

  /** How many records the database holds, read from the file itself. */
  public long storedRecords() {
    return count("SELECT count(*) FROM records");
  }

  /** How many records of {@code type} ({@code episode}, {@code outcome}, {@code feedback}) it holds. */
  public long storedRecords(String type) {
    return count("SELECT count(*) FROM records WHERE type = ?", type);
  }

  /** How many episodes its index holds: one per episode snapshot. */
  public long storedEpisodes() {
    return count("SELECT count(*) FROM episodes");
  }

  /** The ids of the records it holds, in the order of the ids. */
  public List<String> storedRecordIds() {
    List<String> ids = new ArrayList<>();
    query("SELECT record_id FROM records ORDER BY record_id", rows -> {
      while (rows.next()) {
        ids.add(rows.getString(1));
      }
    });
    return ids;
  }

  private long count(String sql, String... parameters) {
    long[] count = new long[1];
    query(sql, rows -> {
      rows.next();
      count[0] = rows.getLong(1);
    }, parameters);
    return count[0];
  }

  private interface Rows {
    void read(ResultSet rows) throws SQLException;
  }

  // A connection of its own, beside the collector's: WAL lets it read while the collector writes.
  private void query(String sql, Rows reader, String... parameters) {
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database.toAbsolutePath());
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setString(i + 1, parameters[i]);
      }
      try (ResultSet rows = statement.executeQuery()) {
        reader.read(rows);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read " + database + ": " + sql, e);
    }
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

  /** Sends {@code method} (such as {@code HEAD}) for {@code pathAndQuery}, without a body, with exactly {@code headers}. */
  public HttpResponse<String> request(String method, String pathAndQuery, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(pathAndQuery)).timeout(TIMEOUT).method(method, HttpRequest.BodyPublishers.noBody());
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
