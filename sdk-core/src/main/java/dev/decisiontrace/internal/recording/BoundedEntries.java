package dev.decisiontrace.internal.recording;

import dev.decisiontrace.model.QualityIssue;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Key/value pairs kept in insertion order up to a cap, in two growing arrays rather than a map so
 * that recording allocates little and never hashes. Counts what was offered past the cap. Not
 * thread-safe: guarded by the episode's monitor.
 */
final class BoundedEntries {

  private static final int INITIAL_CAPACITY = 4;

  private final int max;
  private String[] keys;
  private Object[] values;
  private int count;
  private int offered;

  BoundedEntries(int max) {
    this.max = max;
  }

  /** Adds the pair unless the cap is reached; either way it counts as offered. */
  void put(String key, Object value) {
    offered++;
    if (count >= max) {
      return;
    }
    if (keys == null) {
      keys = new String[Math.min(INITIAL_CAPACITY, max)];
      values = new Object[keys.length];
    } else if (count == keys.length) {
      int capacity = (int) Math.min((long) keys.length * 2, max);
      keys = Arrays.copyOf(keys, capacity);
      values = Arrays.copyOf(values, capacity);
    }
    keys[count] = key;
    values[count] = value;
    count++;
  }

  /**
   * The checked entries as a map; later duplicates of a key win. On the export thread. The field path
   * is asked for only when something has to be reported.
   */
  Map<String, Object> toMap(EpisodeParts parts, Supplier<String> field) {
    if (offered > count) {
      parts.check().report(field.get(), QualityIssue.Kind.LIMIT_EXCEEDED, offered + " offered, kept " + count);
    }
    return parts.entries(keys, values, count, field);
  }
}
