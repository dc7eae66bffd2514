package dev.decisiontrace.internal;

import dev.decisiontrace.DecisionTrace;
import dev.decisiontrace.EpisodeBuilder;
import dev.decisiontrace.OutcomeReporter;
import dev.decisiontrace.config.DecisionTraceConfig;
import dev.decisiontrace.export.ExportResult;
import dev.decisiontrace.export.RecordExporter;
import dev.decisiontrace.internal.pipeline.BatchWorker;
import dev.decisiontrace.internal.pipeline.RecordBuffer;
import dev.decisiontrace.internal.recording.OpenEpisodes;
import dev.decisiontrace.internal.recording.OrderIndex;
import dev.decisiontrace.internal.recording.PendingFeedback;
import dev.decisiontrace.internal.recording.RecordingContext;
import dev.decisiontrace.internal.recording.RecordingEpisodeBuilder;
import dev.decisiontrace.internal.recording.RecordingOutcome;
import dev.decisiontrace.metrics.DropReason;
import dev.decisiontrace.metrics.MetricsSnapshot;
import dev.decisiontrace.model.Feedback;
import java.time.Duration;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The recording SDK: wires the buffer, the export thread and the handles of one instance. */
public final class DecisionTraceSdk implements DecisionTrace {

  private static final Logger LOG = LoggerFactory.getLogger(DecisionTrace.class);

  private final DecisionTraceConfig config;
  private final RecordingContext context;
  private final RecordExporter exporter;
  private final BatchWorker worker;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final ExportResult closeResult = new ExportResult();
  private final Thread shutdownHook;

  private DecisionTraceSdk(DecisionTraceConfig config, RecordExporter exporter, InstantSource clock) {
    this.config = config;
    this.exporter = exporter;
    SdkCounters counters = new SdkCounters();
    RecordBuffer buffer =
        new RecordBuffer(
            config.bufferMaxRecords(),
            config.bufferMaxBytes(),
            config.bufferFullPolicy(),
            config.batchMaxSize(),
            counters);
    OpenEpisodes openEpisodes = new OpenEpisodes(config.episodeMaxOpen(), config.episodeMaxOpenTime(), clock);
    this.context =
        new RecordingContext(
            config.limits(),
            config.mode(),
            clock,
            new Ids(clock),
            counters,
            buffer,
            openEpisodes,
            new OrderIndex(config.outcomeLookupMaxSize(), config.outcomeLookupExpiry(), clock));
    this.worker =
        new BatchWorker(
            buffer,
            exporter,
            counters,
            openEpisodes,
            config.batchMaxSize(),
            config.batchDelay(),
            config.exportTimeout(),
            config.spool(),
            config.spool().replayInterval());
    this.shutdownHook = config.shutdownHook() ? new Thread(this::closeFromHook, "decisiontrace-shutdown") : null;
  }

  /** Creates and starts an instance that ships through {@code exporter}, which it then owns. */
  public static DecisionTrace start(
      DecisionTraceConfig config, RecordExporter exporter, InstantSource clock, String configuration) {
    DecisionTraceSdk sdk = new DecisionTraceSdk(config, exporter, clock);
    sdk.worker.start();
    if (sdk.shutdownHook != null) {
      Runtime.getRuntime().addShutdownHook(sdk.shutdownHook);
    }
    LOG.info(
        "DecisionTrace started: exporter={}, mode={}, buffer={} records/{} bytes, batch={} every {}",
        exporter.name(),
        config.mode().name().toLowerCase(java.util.Locale.ROOT),
        config.bufferMaxRecords(),
        config.bufferMaxBytes(),
        config.batchMaxSize(),
        config.batchDelay());
    LOG.info(configuration);
    return sdk;
  }

  @Override
  public EpisodeBuilder episode(String strategy) {
    if (closed.get()) {
      context.counters().dropped(DropReason.AFTER_SHUTDOWN);
      return DecisionTrace.noop().episode(strategy);
    }
    return new RecordingEpisodeBuilder(context, strategy, DecisionTrace.noop().episode(strategy).open());
  }

  @Override
  public OutcomeReporter outcomeForEpisode(String episodeId) {
    return new RecordingOutcome(context, episodeId, null);
  }

  @Override
  public OutcomeReporter outcomeForOrder(String orderId) {
    return new RecordingOutcome(context, null, orderId);
  }

  @Override
  public void recordFeedback(String episodeId, Feedback feedback) {
    if (episodeId == null || episodeId.isBlank() || feedback == null || feedback.rater() == null || feedback.rater().isBlank()) {
      context.counters().dropped(DropReason.INVALID_RECORD);
      return;
    }
    context.buffer().add(new PendingFeedback(context, episodeId, feedback));
  }

  @Override
  public MetricsSnapshot metrics() {
    return context.counters().snapshot(context.buffer().size(), context.buffer().bytes(), worker.spoolBytes());
  }

  @Override
  public boolean flush(Duration timeout) {
    if (closed.get()) {
      return closeResult.join(timeout).isSuccess();
    }
    return worker.flush().join(timeout).isSuccess();
  }

  @Override
  public boolean close(Duration timeout) {
    if (!closed.compareAndSet(false, true)) {
      return closeResult.join(timeout).isSuccess();
    }
    removeShutdownHook();
    ExportResult shutdown = worker.shutdown().join(timeout);
    if (!shutdown.isDone()) {
      LOG.warn("DecisionTrace did not finish exporting within {}; what is still queued is dropped", timeout);
      context.buffer().terminate(DropReason.SHUTDOWN_TIMEOUT);
      worker.abort();
      closeResult.fail(new IllegalStateException("shutdown timed out after " + timeout));
    } else if (shutdown.isSuccess()) {
      closeResult.succeed();
    } else {
      closeResult.fail(shutdown.failure());
    }
    MetricsSnapshot metrics = metrics();
    LOG.info(
        "DecisionTrace closed: recorded={}, exported={}, dropped={} {}",
        metrics.recordsRecorded(),
        metrics.recordsExported(),
        metrics.droppedTotal(),
        metrics.droppedTotal() == 0 ? "" : metrics.dropped());
    return closeResult.isSuccess();
  }

  @Override
  public void close() {
    close(config.shutdownTimeout());
  }

  private void closeFromHook() {
    close(config.shutdownTimeout());
  }

  private void removeShutdownHook() {
    if (shutdownHook == null || Thread.currentThread() == shutdownHook) {
      return;
    }
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException alreadyShuttingDown) {
      // The JVM is exiting and the hook may run too; closing twice is harmless.
    }
  }

  /** The open-episode count; for tests and diagnostics. */
  public int openEpisodes() {
    return context.openEpisodes().openCount();
  }

  @Override
  public String toString() {
    return "DecisionTrace{exporter=" + exporter.name() + ", closed=" + closed.get() + "}";
  }
}
