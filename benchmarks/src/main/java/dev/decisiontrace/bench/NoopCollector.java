package dev.decisiontrace.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A collector on the loopback interface that reads each request and accepts it, storing nothing:
 * the HTTP exporter's own cost, not a collector's, is what the end-to-end benchmark measures. It
 * answers as the ingestion protocol says a collector does ({@code 200} and the records it refused,
 * none here); the SDK's metrics show whether every episode got through.
 */
@State(Scope.Benchmark)
public class NoopCollector {

  private static final byte[] ACCEPTED = "{\"rejected\":[]}".getBytes(StandardCharsets.UTF_8);

  private final AtomicLong requests = new AtomicLong();
  private HttpServer server;
  private ExecutorService executor;

  @Setup(Level.Trial)
  public void start() throws IOException {
    // Without TCP_NODELAY the JDK server's separately written response headers and body meet the
    // client's delayed ACK: every request then stalls about 40 ms, which would measure the server.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    executor = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "noop-collector"));
    server.setExecutor(executor);
    server.createContext("/v1/records", this::accept);
    server.start();
  }

  String endpoint() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1/records";
  }

  long requests() {
    return requests.get();
  }

  private void accept(HttpExchange exchange) throws IOException {
    try (InputStream body = exchange.getRequestBody()) {
      body.transferTo(OutputStream.nullOutputStream());
    }
    requests.incrementAndGet();
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, ACCEPTED.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(ACCEPTED);
    }
  }

  @TearDown(Level.Trial)
  public void stop() {
    server.stop(0);
    executor.shutdownNow();
  }
}
