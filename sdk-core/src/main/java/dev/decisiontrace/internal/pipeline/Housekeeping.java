package dev.decisiontrace.internal.pipeline;

/**
 * Periodic work that must run on the export thread, such as shipping episodes left open too long.
 * Implementations may add records to the buffer; they must not block.
 */
public interface Housekeeping {

  /** Does what is due now. */
  void run();

  /** Last call, at shutdown: hand over everything still held. */
  void shutdown();

  /** Housekeeping that does nothing. */
  Housekeeping NONE =
      new Housekeeping() {
        @Override
        public void run() {}

        @Override
        public void shutdown() {}
      };
}
