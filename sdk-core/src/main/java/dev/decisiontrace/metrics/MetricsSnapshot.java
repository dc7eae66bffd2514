package dev.decisiontrace.metrics;

import dev.decisiontrace.model.QualityIssue;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A consistent-enough view of the SDK's counters at one moment. Counters only grow; the queue
 * figures are levels. Immutable.
 *
 * @param episodesOpened episodes opened (including ones later dropped)
 * @param episodesAbandoned episodes shipped as abandoned
 * @param recordsRecorded records accepted into the buffer
 * @param recordsExported records the exporter confirmed
 * @param dropped records dropped, by reason; every reason is present, zero if it never happened
 * @param qualityIssues values repaired or removed inside records, by kind; every kind is present
 * @param exportErrors failed or timed-out export calls (each may carry many records)
 * @param queueDepth records waiting in the buffer now
 * @param queueBytes estimated bytes waiting in the buffer now
 * @param recordsSpooled records written to the disk spool because the exporter could not deliver them
 * @param spoolBytes bytes waiting in the disk spool now
 */
public record MetricsSnapshot(
    long episodesOpened,
    long episodesAbandoned,
    long recordsRecorded,
    long recordsExported,
    Map<DropReason, Long> dropped,
    Map<QualityIssue.Kind, Long> qualityIssues,
    long exportErrors,
    long queueDepth,
    long queueBytes,
    long recordsSpooled,
    long spoolBytes) {

  public MetricsSnapshot {
    dropped = complete(dropped, DropReason.class);
    qualityIssues = complete(qualityIssues, QualityIssue.Kind.class);
  }

  /** All records dropped, whatever the reason. */
  public long droppedTotal() {
    return dropped.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Records dropped for {@code reason}. */
  public long dropped(DropReason reason) {
    return dropped.get(reason);
  }

  /** Values repaired or removed for {@code kind}. */
  public long qualityIssues(QualityIssue.Kind kind) {
    return qualityIssues.get(kind);
  }

  private static <K extends Enum<K>> Map<K, Long> complete(Map<K, Long> counts, Class<K> type) {
    EnumMap<K, Long> all = new EnumMap<>(type);
    for (K key : type.getEnumConstants()) {
      Long count = counts == null ? null : counts.get(key);
      all.put(key, count == null ? 0L : count);
    }
    return Collections.unmodifiableMap(all);
  }
}
