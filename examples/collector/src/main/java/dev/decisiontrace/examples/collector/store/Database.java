package dev.decisiontrace.examples.collector.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;

/**
 * One SQLite file in WAL mode: one writer connection, used under a lock (SQLite allows one writer at
 * a time anyway), and a fresh connection per read, which WAL lets run beside the writer.
 *
 * <p>Thread-safe.
 */
public final class Database implements AutoCloseable {

  private static final int BUSY_TIMEOUT_MILLIS = 5_000;

  private final Path file;
  private final String url;
  private final Connection writer;
  private final ReentrantLock writeLock = new ReentrantLock();

  private Database(Path file, String url, Connection writer) {
    this.file = file;
    this.url = url;
    this.writer = writer;
  }

  /**
   * Opens {@code file}, creating it and its tables if missing.
   *
   * @throws StoreException if it cannot be opened or created, is not a SQLite database, or was laid
   *     out by a newer collector
   */
  public static Database open(Path file) throws StoreException {
    Path absolute = file.toAbsolutePath().normalize();
    String url = "jdbc:sqlite:" + absolute;
    Connection writer;
    try {
      writer = writerConfig().createConnection(url);
    } catch (SQLException e) {
      throw new StoreException("cannot open the database " + absolute + ": " + e.getMessage(), e);
    }
    Database database = new Database(absolute, url, writer);
    try {
      database.write(
          connection -> {
            StoreSchema.createOrCheck(connection);
            return null;
          });
    } catch (StoreException e) {
      StoreException failure =
          new StoreException("cannot use the database " + absolute + ": " + e.getCause().getMessage(), e.getCause());
      try {
        database.close();
      } catch (StoreException closing) {
        failure.addSuppressed(closing);
      }
      throw failure;
    }
    return database;
  }

  private static SQLiteConfig writerConfig() {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    // FULL syncs the WAL at every commit: a 200 tells the SDK it may forget the batch, so the commit
    // must survive a power cut, not only a crash of this process.
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
    return config;
  }

  private static SQLiteConfig readerConfig() {
    SQLiteConfig config = new SQLiteConfig();
    config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
    return config;
  }

  /** The database file, absolute. */
  public Path file() {
    return file;
  }

  /**
   * Runs {@code work} in one transaction on the writer: all of it is committed, or none.
   *
   * <p>The transaction is opened and closed with SQL on a connection left in auto-commit: with
   * auto-commit off, the driver begins the next transaction right after each commit, and in its
   * IMMEDIATE mode that transaction holds the write lock between batches, which blocks WAL
   * checkpoints (and any other writer).
   */
  <T> T write(SqlWork<T> work) throws StoreException {
    writeLock.lock();
    try (Statement transaction = writer.createStatement()) {
      // IMMEDIATE takes the write lock up front, so the work cannot fail half-way on a busy lock.
      transaction.execute("BEGIN IMMEDIATE");
      try {
        T result = work.run(writer);
        transaction.execute("COMMIT");
        return result;
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly(transaction, e);
        throw e;
      }
    } catch (SQLException | RuntimeException e) {
      throw new StoreException("the write failed and was rolled back: " + e.getMessage(), e);
    } finally {
      writeLock.unlock();
    }
  }

  /** Runs {@code work} on a read-only connection of its own. */
  <T> T read(SqlWork<T> work) throws StoreException {
    try (Connection reader = readerConfig().createConnection(url)) {
      try (Statement statement = reader.createStatement()) {
        statement.execute("PRAGMA query_only = ON");
      }
      return work.run(reader);
    } catch (SQLException e) {
      throw new StoreException("the read failed: " + e.getMessage(), e);
    }
  }

  /** Whether the database answers a query now. */
  public boolean isHealthy() {
    try {
      return read(
          connection -> {
            try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT 1 FROM episodes LIMIT 1")) {
              result.next();
              return true;
            }
          });
    } catch (StoreException e) {
      return false;
    }
  }

  private static void rollbackQuietly(Statement transaction, Exception cause) {
    try {
      transaction.execute("ROLLBACK");
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  /** Closes the writer after any write in progress; reads in progress finish on their own connections. */
  @Override
  public void close() throws StoreException {
    writeLock.lock();
    try {
      writer.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close the database " + file + ": " + e.getMessage(), e);
    } finally {
      writeLock.unlock();
    }
  }

  /** Work on a connection. */
  @FunctionalInterface
  interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
  }
}
