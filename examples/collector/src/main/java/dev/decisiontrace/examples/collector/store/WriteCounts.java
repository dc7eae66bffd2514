package dev.decisiontrace.examples.collector.store;

/**
 * What one write did.
 *
 * @param accepted records stored now
 * @param duplicates records whose id was stored before (or earlier in the same write)
 */
public record WriteCounts(int accepted, int duplicates) {

  /** Nothing written. */
  public static final WriteCounts NONE = new WriteCounts(0, 0);
}
