package dev.decisiontrace.export;

import dev.decisiontrace.model.TraceRecord;
import java.util.List;

/**
 * Ships batches of finished records somewhere: a file, a log, a collector.
 *
 * <p><b>Threading.</b> The SDK calls every method from its single export thread, never concurrently,
 * and never from the strategy's thread. {@link #export} is not called again before the previous
 * result completed or timed out. Methods must not throw; a failure is reported through the returned
 * {@link ExportResult} (an exception thrown anyway is caught, logged and counted as a failed export).
 *
 * <p><b>Delivery.</b> Each record carries a stable {@link TraceRecord#recordId()}, so an exporter may
 * retry a batch and a collector can remove the duplicates.
 */
public interface RecordExporter {

  /**
   * Ships {@code batch}. The list and its records are immutable and may be retained.
   *
   * @return completes when the batch is delivered (success, possibly {@linkplain
   *     ExportResult#succeedExcept except records refused for good}) or given up: a {@linkplain
   *     ExportResult#failRetryable retryable} failure keeps the records for a later attempt through
   *     the SDK's disk spool; any other failure drops them, counted
   */
  ExportResult export(List<TraceRecord> batch);

  /** Pushes out anything the exporter itself buffers. */
  ExportResult flush();

  /** Flushes and releases resources; called once, after the last {@link #export}. */
  ExportResult shutdown();

  /** A short name for diagnostics, such as {@code "file"}. */
  default String name() {
    return getClass().getSimpleName();
  }
}
