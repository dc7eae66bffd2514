package dev.decisiontrace.config;

import dev.decisiontrace.model.TradingMode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The resolved configuration of one {@link dev.decisiontrace.DecisionTrace} instance, produced by
 * {@link ConfigLoader}, which has checked every value. The components do not check themselves: a
 * record built directly with the canonical constructor is not validated.
 *
 * <p>Immutable and thread-safe.
 *
 * @param enabled {@code decisiontrace.enabled}: when false, recording is a no-op and nothing starts
 * @param mode {@code decisiontrace.mode}: the trading mode of episodes that do not set their own
 * @param exporter {@code decisiontrace.exporter}: the built-in exporter to use
 * @param filePath {@code decisiontrace.file.path}: the JSON-lines file
 * @param fileMaxBytes {@code decisiontrace.file.max-bytes}: size at which the file is rotated
 * @param fileMaxFiles {@code decisiontrace.file.max-files}: rotated files kept; 0 keeps all
 * @param bufferMaxRecords {@code decisiontrace.buffer.max-records}: records the in-memory buffer holds
 * @param bufferMaxBytes {@code decisiontrace.buffer.max-bytes}: estimated bytes the buffer holds
 * @param bufferFullPolicy {@code decisiontrace.buffer.full-policy}: what to drop when the buffer is full
 * @param batchMaxSize {@code decisiontrace.batch.max-size}: records per export
 * @param batchDelay {@code decisiontrace.batch.delay}: longest a record waits for a batch to fill
 * @param exportTimeout {@code decisiontrace.export.timeout}: longest one export may take
 * @param shutdownTimeout {@code decisiontrace.shutdown.timeout}: longest close (and the shutdown hook) waits to flush
 * @param shutdownHook {@code decisiontrace.shutdown.hook}: whether a JVM shutdown hook closes the instance
 * @param episodeMaxOpenTime {@code decisiontrace.episode.max-open-time}: after this an open episode is shipped as abandoned
 * @param episodeMaxOpen {@code decisiontrace.episode.max-open}: most episodes open at once; further opens are dropped and counted
 * @param outcomeLookupMaxSize {@code decisiontrace.outcome.lookup-max-size}: decided episodes remembered for late outcomes
 * @param outcomeLookupExpiry {@code decisiontrace.outcome.lookup-expiry}: how long a decided episode is remembered
 * @param limits {@code decisiontrace.limits.*}: caps on what one record may carry
 * @param http {@code decisiontrace.http.*}: how the network exporters reach their collector
 * @param otlp {@code decisiontrace.otlp.*}: where the OTLP exporter sends log records
 * @param spool {@code decisiontrace.spool.*}: the disk spool for batches that cannot be delivered
 */
public record DecisionTraceConfig(
    boolean enabled,
    TradingMode mode,
    ExporterKind exporter,
    Path filePath,
    long fileMaxBytes,
    int fileMaxFiles,
    int bufferMaxRecords,
    long bufferMaxBytes,
    FullBufferPolicy bufferFullPolicy,
    int batchMaxSize,
    Duration batchDelay,
    Duration exportTimeout,
    Duration shutdownTimeout,
    boolean shutdownHook,
    Duration episodeMaxOpenTime,
    int episodeMaxOpen,
    long outcomeLookupMaxSize,
    Duration outcomeLookupExpiry,
    Limits limits,
    HttpSettings http,
    OtlpSettings otlp,
    SpoolSettings spool) {

  /** The configuration with every key at its default, as listed in {@link ConfigKey}. */
  public static DecisionTraceConfig defaults() {
    return from(ConfigKey.defaults());
  }

  /** The configuration holding {@code values}, which maps every key to a value it parsed. */
  static DecisionTraceConfig from(Map<ConfigKey<?>, ?> values) {
    return new DecisionTraceConfig(
        ConfigKey.ENABLED.in(values),
        ConfigKey.MODE.in(values),
        ConfigKey.EXPORTER.in(values),
        ConfigKey.FILE_PATH.in(values),
        ConfigKey.FILE_MAX_BYTES.in(values),
        ConfigKey.FILE_MAX_FILES.in(values),
        ConfigKey.BUFFER_MAX_RECORDS.in(values),
        ConfigKey.BUFFER_MAX_BYTES.in(values),
        ConfigKey.BUFFER_FULL_POLICY.in(values),
        ConfigKey.BATCH_MAX_SIZE.in(values),
        ConfigKey.BATCH_DELAY.in(values),
        ConfigKey.EXPORT_TIMEOUT.in(values),
        ConfigKey.SHUTDOWN_TIMEOUT.in(values),
        ConfigKey.SHUTDOWN_HOOK.in(values),
        ConfigKey.EPISODE_MAX_OPEN_TIME.in(values),
        ConfigKey.EPISODE_MAX_OPEN.in(values),
        ConfigKey.OUTCOME_LOOKUP_MAX_SIZE.in(values),
        ConfigKey.OUTCOME_LOOKUP_EXPIRY.in(values),
        Limits.from(values),
        new HttpSettings(
            ConfigKey.HTTP_ENDPOINT.in(values),
            ConfigKey.HTTP_TOKEN.in(values),
            ConfigKey.HTTP_CONNECT_TIMEOUT.in(values),
            ConfigKey.HTTP_READ_TIMEOUT.in(values),
            ConfigKey.HTTP_COMPRESSION.in(values),
            ConfigKey.HTTP_MAX_ATTEMPTS.in(values),
            ConfigKey.HTTP_INITIAL_BACKOFF.in(values),
            ConfigKey.HTTP_MAX_BACKOFF.in(values),
            ConfigKey.HTTP_TLS_CA_FILE.in(values)),
        new OtlpSettings(ConfigKey.OTLP_ENDPOINT.in(values), ConfigKey.OTLP_HEADERS.in(values)),
        new SpoolSettings(
            ConfigKey.SPOOL_ENABLED.in(values),
            ConfigKey.SPOOL_DIR.in(values),
            ConfigKey.SPOOL_MAX_BYTES.in(values),
            ConfigKey.SPOOL_REPLAY_INTERVAL.in(values)));
  }
}
