package dev.decisiontrace.internal.pipeline;

import dev.decisiontrace.export.ExportResult;
import dev.decisiontrace.export.RecordRejection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;

/**
 * Says that exports fail without flooding the log: the first failure of a streak is logged with its
 * cause, later ones at most once a minute with how many records were lost meanwhile, and the recovery
 * once. Used only by the export thread.
 */
final class ExportFailureLog {

  private static final long QUIET_NANOS = TimeUnit.MINUTES.toNanos(1);

  private final Logger log;
  private boolean failing;
  private long lastLoggedAt;
  private long droppedSinceLog;
  private long droppedInStreak;
  private boolean assemblyFailureLogged;
  private long lastRejectionLoggedAt;
  private boolean spooling;
  private long lastSpoolLoggedAt;
  private long spooledSinceLog;

  ExportFailureLog(Logger log) {
    this.log = log;
  }

  void failed(String exporter, int records, ExportResult result) {
    droppedSinceLog += records;
    droppedInStreak += records;
    long now = System.nanoTime();
    if (!failing || now - lastLoggedAt >= QUIET_NANOS) {
      String cause = result.isDone() ? String.valueOf(result.failure()) : "no answer within the export timeout";
      log.warn(
          "DecisionTrace exporter '{}' failed; dropped {} records since the last report ({})",
          exporter,
          droppedSinceLog,
          cause,
          failing ? null : result.failure());
      failing = true;
      lastLoggedAt = now;
      droppedSinceLog = 0;
    }
  }

  /**
   * Reports, at most once a minute, that batches wait in the spool.
   *
   * @param records records just added to the spool (0 for a failed replay)
   * @param inSpool records the spool holds now
   */
  void spooling(String exporter, int records, ExportResult result, long inSpool) {
    spooledSinceLog += records;
    long now = System.nanoTime();
    if (!spooling || now - lastSpoolLoggedAt >= QUIET_NANOS) {
      String cause = result.isDone() ? String.valueOf(result.failure()) : "no answer within the export timeout";
      log.warn(
          "DecisionTrace exporter '{}' cannot deliver ({}); the disk spool holds {} records ({} added"
              + " since the last report), replayed once delivery succeeds",
          exporter,
          cause,
          inSpool,
          spooledSinceLog);
      spooling = true;
      lastSpoolLoggedAt = now;
      spooledSinceLog = 0;
    }
  }

  void spoolDrained() {
    if (spooling) {
      log.info("DecisionTrace exporter recovered; the disk spool is replayed and empty");
      spooling = false;
      spooledSinceLog = 0;
    }
  }

  void recovered() {
    if (failing) {
      log.info("DecisionTrace export recovered after dropping {} records", droppedInStreak);
      failing = false;
      droppedSinceLog = 0;
      droppedInStreak = 0;
    }
  }

  void rejected(String exporter, List<RecordRejection> rejections) {
    long now = System.nanoTime();
    if (lastRejectionLoggedAt == 0 || now - lastRejectionLoggedAt >= QUIET_NANOS) {
      lastRejectionLoggedAt = now;
      RecordRejection first = rejections.get(0);
      log.warn(
          "DecisionTrace exporter '{}': the receiver refused {} records for good; first: {} ({})",
          exporter,
          rejections.size(),
          first.recordId(),
          first.reason());
    }
  }

  void assemblyFailed(RuntimeException e) {
    if (!assemblyFailureLogged) {
      assemblyFailureLogged = true;
      log.error("DecisionTrace could not build a record; it was dropped and counted as internal_error"
          + " (further failures are only counted)", e);
    }
  }
}
