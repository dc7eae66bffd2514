package dev.decisiontrace.internal;

import dev.decisiontrace.metrics.DropReason;
import dev.decisiontrace.metrics.MetricsSnapshot;
import dev.decisiontrace.model.QualityIssue;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * The SDK's counters. Striped ({@link LongAdder}) so that recording threads incrementing them do not
 * contend with each other or with the export thread.
 */
public final class SdkCounters {

  private static final DropReason[] REASONS = DropReason.values();
  private static final QualityIssue.Kind[] KINDS = QualityIssue.Kind.values();

  private final LongAdder episodesOpened = new LongAdder();
  private final LongAdder episodesAbandoned = new LongAdder();
  private final LongAdder recordsRecorded = new LongAdder();
  private final LongAdder recordsExported = new LongAdder();
  private final LongAdder exportErrors = new LongAdder();
  private final LongAdder recordsSpooled = new LongAdder();
  private final LongAdder[] dropped = adders(REASONS.length);
  private final LongAdder[] quality = adders(KINDS.length);

  private static LongAdder[] adders(int count) {
    LongAdder[] adders = new LongAdder[count];
    for (int i = 0; i < count; i++) {
      adders[i] = new LongAdder();
    }
    return adders;
  }

  public void episodeOpened() {
    episodesOpened.increment();
  }

  public void episodeAbandoned() {
    episodesAbandoned.increment();
  }

  public void recorded() {
    recordsRecorded.increment();
  }

  public void exported(int count) {
    recordsExported.add(count);
  }

  public void spooled(int count) {
    recordsSpooled.add(count);
  }

  public void exportError() {
    exportErrors.increment();
  }

  public void dropped(DropReason reason) {
    dropped[reason.ordinal()].increment();
  }

  public void dropped(DropReason reason, int count) {
    dropped[reason.ordinal()].add(count);
  }

  public void qualityIssue(QualityIssue.Kind kind) {
    quality[kind.ordinal()].increment();
  }

  public long droppedCount(DropReason reason) {
    return dropped[reason.ordinal()].sum();
  }

  /** The counters now, with the queue and spool levels given by the caller. */
  public MetricsSnapshot snapshot(long queueDepth, long queueBytes, long spoolBytes) {
    Map<DropReason, Long> drops = new EnumMap<>(DropReason.class);
    for (DropReason reason : REASONS) {
      drops.put(reason, dropped[reason.ordinal()].sum());
    }
    Map<QualityIssue.Kind, Long> issues = new EnumMap<>(QualityIssue.Kind.class);
    for (QualityIssue.Kind kind : KINDS) {
      issues.put(kind, quality[kind.ordinal()].sum());
    }
    return new MetricsSnapshot(
        episodesOpened.sum(),
        episodesAbandoned.sum(),
        recordsRecorded.sum(),
        recordsExported.sum(),
        drops,
        issues,
        exportErrors.sum(),
        queueDepth,
        queueBytes,
        recordsSpooled.sum(),
        spoolBytes);
  }
}
