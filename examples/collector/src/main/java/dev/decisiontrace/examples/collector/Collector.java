package dev.decisiontrace.examples.collector;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.decisiontrace.examples.collector.http.CollectorServer;
import dev.decisiontrace.examples.collector.http.ServerSettings;
import dev.decisiontrace.examples.collector.ingest.Ingestor;
import dev.decisiontrace.examples.collector.ingest.LineParser;
import dev.decisiontrace.examples.collector.ingest.RecordValidator;
import dev.decisiontrace.examples.collector.store.Database;
import dev.decisiontrace.examples.collector.store.EpisodeReader;
import dev.decisiontrace.examples.collector.store.RecordStore;
import dev.decisiontrace.examples.collector.store.StoreException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.InstantSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running collector: the database and the HTTP server on it, wired together.
 *
 * <p>Thread-safe; {@link #close()} is idempotent.
 */
public final class Collector implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(Collector.class);

  private final Database database;
  private final CollectorServer server;

  private Collector(Database database, CollectorServer server) {
    this.database = database;
    this.server = server;
  }

  /**
   * Binds the server's address, then opens (or creates) {@code databaseFile} and starts serving on
   * it. The address comes first so that a port in use does not leave a new, empty database behind.
   *
   * @throws IOException if the server's address cannot be bound; nothing is opened or created then
   * @throws StoreException if the database cannot be opened
   */
  public static Collector start(Path databaseFile, ServerSettings settings) throws StoreException, IOException {
    CollectorServer server = CollectorServer.bind(settings);
    Database database;
    try {
      database = Database.open(databaseFile);
    } catch (StoreException | RuntimeException e) {
      server.close();
      throw e;
    }
    try {
      ObjectMapper mapper = CollectorJson.mapper();
      Ingestor ingestor =
          new Ingestor(
              new LineParser(mapper, RecordValidator.load()), new RecordStore(database, InstantSource.system()));
      server.start(ingestor, new EpisodeReader(database), database, mapper);
      return new Collector(database, server);
    } catch (RuntimeException e) {
      server.close();
      closeQuietly(database, e);
      throw e;
    }
  }

  /** Where the collector listens, such as {@code http://127.0.0.1:4380}. */
  public URI baseUri() {
    InetSocketAddress address = server.address();
    String host = address.getAddress().getHostAddress();
    return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort());
  }

  /** The database file, absolute. */
  public Path databaseFile() {
    return database.file();
  }

  /** Stops the server, letting requests in progress finish briefly, then closes the database. */
  @Override
  public void close() {
    server.close();
    try {
      database.close();
    } catch (StoreException e) {
      log.warn("closing the database failed", e);
    }
  }

  private static void closeQuietly(Database database, Exception cause) {
    try {
      database.close();
    } catch (StoreException e) {
      cause.addSuppressed(e);
    }
  }
}
