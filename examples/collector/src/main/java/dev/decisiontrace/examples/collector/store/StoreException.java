package dev.decisiontrace.examples.collector.store;

/**
 * The database failed (disk full, file locked, corrupt): nothing of the operation was stored, and
 * the same request can succeed later.
 */
public final class StoreException extends Exception {

  private static final long serialVersionUID = 1L;

  StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
