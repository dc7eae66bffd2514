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
 * <p>Thread-safe; {@link #close()} is idempotent.
 */
public final class CollectorServer implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(CollectorServer.class);

  private static final int QUEUED_PER_THREAD = 16;
  private static final int STOP_GRACE_SECONDS = 2;

  private final HttpServer server;
  private final ThreadPoolExecutor executor;

  private CollectorServer(HttpServer server, ThreadPoolExecutor executor) {
    this.server = server;
    this.executor = executor;
  }

  /**
   * Binds the address of {@code settings} and starts serving.
   *
   * @throws IOException if the address cannot be bound
   */
  public static CollectorServer start(
      ServerSettings settings, Ingestor ingestor, EpisodeReader reader, Database database, ObjectMapper mapper)
      throws IOException {
    BearerAuth auth = settings.auth();
    int maxBodyBytes = settings.maxBodyBytes();
    HttpServer server = HttpServer.create(settings.address(), 0);
    server.createContext(
        RecordsEndpoint.PATH,
        new EndpointHandler(new RecordsEndpoint(new RequestBodyReader(maxBodyBytes), ingestor), auth, mapper));
    server.createContext(
        EpisodesEndpoint.PATH,
        new EndpointHandler(new EpisodesEndpoint(reader, new EpisodeMerger(mapper), mapper), auth, mapper));
    server.createContext(
        HealthEndpoint.PATH, new EndpointHandler(new HealthEndpoint(database), BearerAuth.none(), mapper));
    server.createContext("/", new EndpointHandler(new NoSuchEndpoint(), auth, mapper));
    ThreadPoolExecutor executor = executor(settings.threads());
    server.setExecutor(executor);
    server.start();
    return new CollectorServer(server, executor);
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
  public void close() {
    if (executor.isShutdown()) {
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
