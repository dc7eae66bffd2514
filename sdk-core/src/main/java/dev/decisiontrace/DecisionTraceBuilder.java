package dev.decisiontrace;

import dev.decisiontrace.config.ConfigLoader;
import dev.decisiontrace.config.ConfigurationException;
import dev.decisiontrace.config.DecisionTraceConfig;
import dev.decisiontrace.config.ResolvedConfig;
import dev.decisiontrace.config.ExporterKind;
import dev.decisiontrace.config.FullBufferPolicy;
import dev.decisiontrace.export.RecordExporter;
import dev.decisiontrace.internal.DecisionTraceSdk;
import dev.decisiontrace.internal.BuiltInExporters;
import dev.decisiontrace.model.TradingMode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Builds a {@link DecisionTrace}. Every setter corresponds to a {@code decisiontrace.*} key, and
 * values set here take precedence over system properties, environment variables and the properties
 * file (see {@link dev.decisiontrace.config}).
 *
 * <p>Each key may be set once; each value is checked when it is set. Not thread-safe: build on one
 * thread, then discard the builder.
 */
public final class DecisionTraceBuilder {

  private final Map<String, String> values = new LinkedHashMap<>();
  private RecordExporter exporter;
  private InstantSource clock = InstantSource.system();

  DecisionTraceBuilder() {}

  /**
   * Sets any configuration key, as it would be written in a properties file.
   *
   * @throws ConfigurationException if the key is unknown or the value is not allowed for it
   * @throws IllegalStateException if the key was already set on this builder
   */
  public DecisionTraceBuilder set(String key, String value) {
    Objects.requireNonNull(key, "key");
    String earlier = values.get(key);
    if (earlier != null) {
      throw new IllegalStateException(key + " was already set to '" + earlier + "'");
    }
    ConfigLoader.checkValue(key, value);
    values.put(key, value);
    return this;
  }

  /** {@code decisiontrace.enabled}: false makes {@link #build()} return a no-op instance. */
  public DecisionTraceBuilder enabled(boolean enabled) {
    return set("decisiontrace.enabled", Boolean.toString(enabled));
  }

  /** {@code decisiontrace.mode}: the trading mode of episodes that do not set their own. */
  public DecisionTraceBuilder mode(TradingMode mode) {
    return set("decisiontrace.mode", enumValue(mode, "mode"));
  }

  /** {@code decisiontrace.exporter}: which built-in exporter ships the records. */
  public DecisionTraceBuilder exporter(ExporterKind kind) {
    return set("decisiontrace.exporter", enumValue(kind, "kind"));
  }

  /** {@code decisiontrace.file.path}: where the JSON-lines exporter writes. */
  public DecisionTraceBuilder filePath(Path path) {
    return set("decisiontrace.file.path", Objects.requireNonNull(path, "path").toString());
  }

  /** {@code decisiontrace.file.max-bytes}: size in bytes at which the JSON-lines file is rotated. */
  public DecisionTraceBuilder fileMaxBytes(long maxBytes) {
    return set("decisiontrace.file.max-bytes", Long.toString(maxBytes));
  }

  /** {@code decisiontrace.file.max-files}: rotated files kept; 0 keeps all. */
  public DecisionTraceBuilder fileMaxFiles(int maxFiles) {
    return set("decisiontrace.file.max-files", Integer.toString(maxFiles));
  }

  /** {@code decisiontrace.buffer.max-records}: records the in-memory buffer holds. */
  public DecisionTraceBuilder bufferMaxRecords(int maxRecords) {
    return set("decisiontrace.buffer.max-records", Integer.toString(maxRecords));
  }

  /** {@code decisiontrace.buffer.max-bytes}: estimated bytes the in-memory buffer holds. */
  public DecisionTraceBuilder bufferMaxBytes(long maxBytes) {
    return set("decisiontrace.buffer.max-bytes", Long.toString(maxBytes));
  }

  /** {@code decisiontrace.buffer.full-policy}: what to drop when the buffer is full. */
  public DecisionTraceBuilder fullBufferPolicy(FullBufferPolicy policy) {
    return set("decisiontrace.buffer.full-policy", enumValue(policy, "policy"));
  }

  /** {@code decisiontrace.batch.max-size}: records per export. */
  public DecisionTraceBuilder batchMaxSize(int maxSize) {
    return set("decisiontrace.batch.max-size", Integer.toString(maxSize));
  }

  /** {@code decisiontrace.batch.delay}: longest a record waits for its batch to fill. */
  public DecisionTraceBuilder batchDelay(Duration delay) {
    return set("decisiontrace.batch.delay", durationValue(delay, "delay"));
  }

  /** {@code decisiontrace.export.timeout}: longest one export may take. */
  public DecisionTraceBuilder exportTimeout(Duration timeout) {
    return set("decisiontrace.export.timeout", durationValue(timeout, "timeout"));
  }

  /** {@code decisiontrace.shutdown.timeout}: longest {@link DecisionTrace#close()} waits to flush. */
  public DecisionTraceBuilder shutdownTimeout(Duration timeout) {
    return set("decisiontrace.shutdown.timeout", durationValue(timeout, "timeout"));
  }

  /** {@code decisiontrace.shutdown.hook}: whether a JVM shutdown hook closes the instance. */
  public DecisionTraceBuilder shutdownHook(boolean install) {
    return set("decisiontrace.shutdown.hook", Boolean.toString(install));
  }

  /** {@code decisiontrace.episode.max-open-time}: after this an open episode ships as abandoned. */
  public DecisionTraceBuilder episodeMaxOpenTime(Duration maxOpenTime) {
    return set("decisiontrace.episode.max-open-time", durationValue(maxOpenTime, "maxOpenTime"));
  }

  /** {@code decisiontrace.episode.max-open}: most episodes open at once; further opens are dropped. */
  public DecisionTraceBuilder episodeMaxOpen(int maxOpen) {
    return set("decisiontrace.episode.max-open", Integer.toString(maxOpen));
  }

  /** {@code decisiontrace.outcome.lookup-max-size}: decided episodes remembered for late outcomes. */
  public DecisionTraceBuilder outcomeLookupMaxSize(long maxSize) {
    return set("decisiontrace.outcome.lookup-max-size", Long.toString(maxSize));
  }

  /** {@code decisiontrace.outcome.lookup-expiry}: how long a decided episode is remembered. */
  public DecisionTraceBuilder outcomeLookupExpiry(Duration expiry) {
    return set("decisiontrace.outcome.lookup-expiry", durationValue(expiry, "expiry"));
  }

  /**
   * {@code decisiontrace.config.file}: the properties file to read instead of {@code
   * decisiontrace.properties} in the working directory; it must exist when {@link #build()} runs.
   */
  public DecisionTraceBuilder configFile(Path file) {
    return set("decisiontrace.config.file", Objects.requireNonNull(file, "file").toString());
  }

  /**
   * Ships records through {@code exporter} instead of the configured built-in one. The instance
   * takes ownership: it shuts the exporter down when it closes.
   *
   * @throws IllegalStateException if an exporter was already set
   */
  public DecisionTraceBuilder exporter(RecordExporter exporter) {
    Objects.requireNonNull(exporter, "exporter");
    if (this.exporter != null) {
      throw new IllegalStateException("exporter was already set to " + this.exporter.name());
    }
    this.exporter = exporter;
    return this;
  }

  /**
   * The source of wall-clock time for ids, timestamps and expiry; the system clock by default.
   * Tests and simulations replace it.
   */
  public DecisionTraceBuilder clock(InstantSource clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return this;
  }

  /**
   * Resolves the configuration and starts the instance (its export thread, and its shutdown hook
   * unless turned off).
   *
   * @throws ConfigurationException if any configured value, from any source, is invalid
   */
  public DecisionTrace build() {
    ResolvedConfig resolved = ConfigLoader.resolve(values);
    DecisionTraceConfig config = resolved.config();
    if (!config.enabled()) {
      return DecisionTrace.noop();
    }
    RecordExporter chosen = exporter != null ? exporter : BuiltInExporters.create(config);
    return DecisionTraceSdk.start(config, chosen, clock, resolved.describe());
  }

  private static String enumValue(Enum<?> value, String name) {
    return Objects.requireNonNull(value, name).name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String durationValue(Duration value, String name) {
    return Objects.requireNonNull(value, name).toString();
  }
}
