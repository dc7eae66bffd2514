package dev.decisiontrace.examples.collector.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.decisiontrace.examples.collector.ingest.Ingestor;
import dev.decisiontrace.examples.collector.merge.EpisodeMerger;
import dev.decisiontrace.examples.collector.store.Database;
import dev.decisiontrace.examples.collector.store.EpisodeReader;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server: the JDK's {@link HttpServer} on a bounded pool of handler threads. When every
 * thread is busy and the queue is full, a new connection is closed unanswered, which the SDK's
 * exporter treats like an unreachable collector: it retries with backoff.
 *
 * <p>Made in two steps, {@link #bind} then {@link #start}, so that a port already in use is found
 * before the database is opened or created: a collector that cannot listen leaves no file behind.
 *
 * <p>Thread-safe; {@link #close()} is idempotent and may be called before {@link #start}.
 */
public final class CollectorServer implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(CollectorServer.class);

  private static final int QUEUED_PER_THREAD = 16;
  private static final int STOP_GRACE_SECONDS = 2;

  private final HttpServer server;
  private final ServerSettings settings;
  private ThreadPoolExecutor executor; // set by start
  private boolean closed;

  private CollectorServer(HttpServer server, ServerSettings settings) {
    this.server = server;
    this.settings = settings;
  }

  /**
   * Binds the address of {@code settings}. Connections wait in the socket's backlog until {@link
   * #start}; {@link #close()} releases the address if the collector does not get that far.
   *
   * @throws IOException if the address cannot be bound
   */
  public static CollectorServer bind(ServerSettings settings) throws IOException {
    return new CollectorServer(HttpServer.create(settings.address(), 0), settings);
  }

  /**
   * Starts serving the endpoints on the bound address.
   *
   * @throws IllegalStateException if already started or closed
   */
  public synchronized void start(Ingestor ingestor, EpisodeReader reader, Database database, ObjectMapper mapper) {
    if (executor != null || closed) {
      throw new IllegalStateException(closed ? "the server is closed" : "the server is already started");
    }
    BearerAuth auth = settings.auth();
    int maxBodyBytes = settings.maxBodyBytes();
    server.createContext(
        RecordsEndpoint.PATH,
        new EndpointHandler(new RecordsEndpoint(new RequestBodyReader(maxBodyBytes), ingestor), auth, mapper));
    server.createContext(
        EpisodesEndpoint.PATH,
        new EndpointHandler(new EpisodesEndpoint(reader, new EpisodeMerger(mapper), mapper), auth, mapper));
    server.createContext(
        HealthEndpoint.PATH, new EndpointHandler(new HealthEndpoint(database), BearerAuth.none(), mapper));
    server.createContext("/", new EndpointHandler(new NoSuchEndpoint(), auth, mapper));
    executor = executor(settings.threads());
    server.setExecutor(executor);
    server.start();
  }

  private static ThreadPoolExecutor executor(int threads) {
    AtomicInteger count = new AtomicInteger();
    ThreadFactory factory = runnable -> new Thread(runnable, "collector-http-" + count.incrementAndGet());
    return new ThreadPoolExecutor(
        threads,
        threads,
        0,
        TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(threads * QUEUED_PER_THREAD),
        factory,
        (runnable, pool) -> {
          if (!pool.isShutdown()) {
            log.warn("all {} handler threads are busy and the queue is full; closing a connection", threads);
          }
          throw new RejectedExecutionException("collector overloaded or stopping");
        });
  }

  /** The address the server listens on, with the port it was given. */
  public InetSocketAddress address() {
    return server.getAddress();
  }

  /**
   * Lets the requests in progress finish, for a short grace period, then closes every connection.
   * Requests arriving meanwhile have their connection closed unanswered, and the SDK retries them.
   */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (executor == null) {
      // Bound, never started: only the address to release. The listening socket is registered with
      // the server's selector, and closing it is deferred until that selector runs or closes, which
      // only the dispatcher thread that start() launches does. So: start with no context (a connection
      // accepted in that instant gets the JDK's own 404 or is closed) and stop at once, which joins it.
      server.start();
      server.stop(0);
      return;
    }
    // The handler pool is drained first because HttpServer.stop(n) waits all n seconds on Java 17
    // even when nothing is in progress.
    executor.shutdown();
    try {
      if (!executor.awaitTermination(STOP_GRACE_SECONDS, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    } finally {
      server.stop(0);
    }
  }
}
