package dev.decisiontrace.config;

import dev.decisiontrace.model.TradingMode;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The resolved configuration of one {@link dev.decisiontrace.DecisionTrace} instance. Immutable;
 * produced by {@link ConfigLoader}, which has checked every value.
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
    Limits limits) {

  /** The configuration with every key at its default. */
  public static DecisionTraceConfig defaults() {
    return new DecisionTraceConfig(
        true,
        TradingMode.LIVE,
        ExporterKind.FILE,
        Path.of("decisiontrace-out", "episodes.jsonl"),
        64L * 1024 * 1024,
        0,
        32_768,
        64L * 1024 * 1024,
        FullBufferPolicy.DROP_NEWEST,
        512,
        Duration.ofSeconds(1),
        Duration.ofSeconds(30),
        Duration.ofSeconds(10),
        true,
        Duration.ofMinutes(15),
        100_000,
        1_000_000,
        Duration.ofDays(30),
        Limits.DEFAULT);
  }
}
