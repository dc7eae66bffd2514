package dev.decisiontrace;

import dev.decisiontrace.metrics.MetricsSnapshot;
import dev.decisiontrace.model.Feedback;
import java.time.Duration;

/**
 * Records decision episodes and ships them, asynchronously, to an exporter.
 *
 * <p>Create one per application with {@link #builder()} (or {@link #create()} to take everything
 * from configuration), share it, and close it at shutdown; or publish it through
 * {@link GlobalDecisionTrace} for code that cannot be handed one.
 *
 * <p><b>Thread-safety.</b> Thread-safe: any thread may open episodes and report outcomes at once.
 * Recording methods never throw, block, do I/O or serialise on the calling thread; they copy
 * references into memory and return. A closed or disabled instance records nothing and returns
 * handles that do nothing.
 */
public interface DecisionTrace extends AutoCloseable {

  /** A builder that takes configuration from code, system properties, environment and a file. */
  static DecisionTraceBuilder builder() {
    return new DecisionTraceBuilder();
  }

  /**
   * An instance configured only from system properties, environment variables and the properties
   * file.
   *
   * @throws dev.decisiontrace.config.ConfigurationException if a configured value is invalid
   */
  static DecisionTrace create() {
    return builder().build();
  }

  /** An instance that records nothing; every handle it returns does nothing. */
  static DecisionTrace noop() {
    return NoopDecisionTrace.INSTANCE;
  }

  /**
   * Starts describing a new episode of {@code strategy}; call {@link EpisodeBuilder#open()} to open it.
   *
   * @param strategy the strategy's name; {@code null} or blank is recorded as {@code "unnamed"} and flagged
   */
  EpisodeBuilder episode(String strategy);

  /**
   * Opens an episode of {@code strategy} on {@code instrument} and makes it the current episode of
   * this thread. Shorthand for {@code episode(strategy).instrument(instrument).open()}.
   */
  default Episode openEpisode(String strategy, String instrument) {
    return episode(strategy).instrument(instrument).open();
  }

  /**
   * Starts a late outcome for the episode with id {@code episodeId}, valid also after the episode's
   * handle is gone.
   *
   * @param episodeId the id from {@link Episode#id()}; {@code null} or blank makes the report invalid:
   *     it is dropped and counted when recorded
   */
  OutcomeReporter outcomeForEpisode(String episodeId);

  /**
   * Starts a late outcome for the episode whose action carried order id {@code orderId}. The SDK
   * remembers decided episodes' order ids for {@code decisiontrace.outcome.lookup-expiry}; past
   * that, or after a restart, the record is shipped with the order id alone for the collector to link.
   */
  OutcomeReporter outcomeForOrder(String orderId);

  /**
   * Records a rater's feedback on an episode or one of its steps.
   *
   * @param episodeId the episode rated; {@code null} or blank drops the feedback, counted
   * @param feedback the feedback; {@code null}, or a {@code null} or blank rater, drops it, counted
   */
  void recordFeedback(String episodeId, Feedback feedback);

  /** The SDK's own counters now. */
  MetricsSnapshot metrics();

  /**
   * Exports everything recorded before this call, waiting at most {@code timeout}.
   *
   * @return whether everything was exported in time
   */
  boolean flush(Duration timeout);

  /**
   * Flushes, stops the export thread and shuts the exporter down, waiting at most {@code timeout}
   * in all. Idempotent. Records still queued when the time runs out are counted as dropped.
   *
   * @return whether everything was exported and shut down in time
   */
  boolean close(Duration timeout);

  /** {@link #close(Duration)} with {@code decisiontrace.shutdown.timeout}. */
  @Override
  void close();
}
