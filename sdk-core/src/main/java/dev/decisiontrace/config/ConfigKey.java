package dev.decisiontrace.config;

import static dev.decisiontrace.config.ValueType.bool;
import static dev.decisiontrace.config.ValueType.duration;
import static dev.decisiontrace.config.ValueType.integer;
import static dev.decisiontrace.config.ValueType.longInteger;
import static dev.decisiontrace.config.ValueType.oneOf;
import static dev.decisiontrace.config.ValueType.path;
import static dev.decisiontrace.config.ValueType.size;
import static dev.decisiontrace.config.ValueType.text;
import static dev.decisiontrace.config.ValueType.url;

import dev.decisiontrace.model.TradingMode;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One {@code decisiontrace.*} configuration key: its name, environment variable, syntax, allowed
 * values, default and meaning. The constants here are the complete registry; {@link #all()} lists
 * them, and the defaults of {@link DecisionTraceConfig#defaults()} are taken from them.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the Java type a value of this key is read into
 */
public final class ConfigKey<T> {

  private static final long KB = 1L << 10;
  private static final long MB = 1L << 20;
  private static final long GB = 1L << 30;
  private static final long TB = 1L << 40;
  private static final int MAX_SUGGESTION_DISTANCE = 3;
  private static final String PREFIX = "decisiontrace.";

  /** When false, recording is a no-op and nothing starts. */
  public static final ConfigKey<Boolean> ENABLED =
      key(
          "decisiontrace.enabled",
          bool(),
          true,
          "When false, recording is a no-op and nothing starts.");

  /** The trading mode of episodes that do not set their own. */
  public static final ConfigKey<TradingMode> MODE =
      key(
          "decisiontrace.mode",
          oneOf(TradingMode.class),
          TradingMode.LIVE,
          "The trading mode of episodes that do not set their own.");

  /** The built-in exporter that ships records. */
  public static final ConfigKey<ExporterKind> EXPORTER =
      key(
          "decisiontrace.exporter",
          oneOf(ExporterKind.class),
          ExporterKind.FILE,
          "The built-in exporter that ships records.");

  /** The JSON-lines file the file exporter writes. */
  public static final ConfigKey<Path> FILE_PATH =
      key(
          "decisiontrace.file.path",
          path(),
          Path.of("decisiontrace-out", "episodes.jsonl"),
          "The JSON-lines file the file exporter writes; relative paths are from the working"
              + " directory.");

  /** Size at which the JSON-lines file is rotated. */
  public static final ConfigKey<Long> FILE_MAX_BYTES =
      key(
          "decisiontrace.file.max-bytes",
          size(KB, TB),
          64 * MB,
          "Size at which the JSON-lines file is rotated.");

  /** Rotated files kept; 0 keeps all. */
  public static final ConfigKey<Integer> FILE_MAX_FILES =
      key(
          "decisiontrace.file.max-files",
          integer(0, 100_000),
          0,
          "Rotated files kept; 0 keeps all.");

  /** Records the in-memory buffer holds. */
  public static final ConfigKey<Integer> BUFFER_MAX_RECORDS =
      key(
          "decisiontrace.buffer.max-records",
          integer(16, 10_000_000),
          32_768,
          "Records the in-memory buffer holds.");

  /** Estimated bytes the in-memory buffer holds. */
  public static final ConfigKey<Long> BUFFER_MAX_BYTES =
      key(
          "decisiontrace.buffer.max-bytes",
          size(64 * KB, 16 * GB),
          64 * MB,
          "Estimated bytes the in-memory buffer holds.");

  /** What recording drops when the buffer is full. */
  public static final ConfigKey<FullBufferPolicy> BUFFER_FULL_POLICY =
      key(
          "decisiontrace.buffer.full-policy",
          oneOf(FullBufferPolicy.class),
          FullBufferPolicy.DROP_NEWEST,
          "What recording drops when the buffer is full.");

  /** Records per export; at most {@code decisiontrace.buffer.max-records}. */
  public static final ConfigKey<Integer> BATCH_MAX_SIZE =
      key(
          "decisiontrace.batch.max-size",
          integer(1, 100_000),
          512,
          "Records per export; at most decisiontrace.buffer.max-records.");

  /** Longest a record waits for its batch to fill. */
  public static final ConfigKey<Duration> BATCH_DELAY =
      key(
          "decisiontrace.batch.delay",
          duration(Duration.ofMillis(1), Duration.ofHours(1)),
          Duration.ofSeconds(1),
          "Longest a record waits for its batch to fill.");

  /** Longest one export may take. */
  public static final ConfigKey<Duration> EXPORT_TIMEOUT =
      key(
          "decisiontrace.export.timeout",
          duration(Duration.ofMillis(1), Duration.ofHours(1)),
          Duration.ofSeconds(30),
          "Longest one export may take.");

  /** Longest close, and the shutdown hook, wait to flush. */
  public static final ConfigKey<Duration> SHUTDOWN_TIMEOUT =
      key(
          "decisiontrace.shutdown.timeout",
          duration(Duration.ZERO, Duration.ofHours(1)),
          Duration.ofSeconds(10),
          "Longest close, and the shutdown hook, wait to flush.");

  /** Whether a JVM shutdown hook closes the instance. */
  public static final ConfigKey<Boolean> SHUTDOWN_HOOK =
      key(
          "decisiontrace.shutdown.hook",
          bool(),
          true,
          "Whether a JVM shutdown hook closes the instance.");

  /** After this an open episode is shipped as abandoned. */
  public static final ConfigKey<Duration> EPISODE_MAX_OPEN_TIME =
      key(
          "decisiontrace.episode.max-open-time",
          duration(Duration.ofSeconds(1), Duration.ofDays(365)),
          Duration.ofMinutes(15),
          "After this an open episode is shipped as abandoned.");

  /** Most episodes open at once; further opens are dropped and counted. */
  public static final ConfigKey<Integer> EPISODE_MAX_OPEN =
      key(
          "decisiontrace.episode.max-open",
          integer(1, 10_000_000),
          100_000,
          "Most episodes open at once; further opens are dropped and counted.");

  /** Decided episodes remembered so that late outcomes can find them by order id. */
  public static final ConfigKey<Long> OUTCOME_LOOKUP_MAX_SIZE =
      key(
          "decisiontrace.outcome.lookup-max-size",
          longInteger(0, 100_000_000),
          100_000L,
          "Decided episodes remembered so that late outcomes can find them by order id; each costs"
              + " about 170 bytes of heap.");

  /** How long a decided episode is remembered for late outcomes. */
  public static final ConfigKey<Duration> OUTCOME_LOOKUP_EXPIRY =
      key(
          "decisiontrace.outcome.lookup-expiry",
          duration(Duration.ofSeconds(1), Duration.ofDays(3650)),
          Duration.ofDays(30),
          "How long a decided episode is remembered for late outcomes.");

  /** Longest string kept, in chars; longer strings are cut and flagged. */
  public static final ConfigKey<Integer> LIMITS_MAX_STRING_LENGTH =
      key(
          "decisiontrace.limits.max-string-length",
          integer(16, 10_000_000),
          4096,
          "Longest string kept, in chars; longer strings are cut and flagged.");

  /** Signals kept per episode; later ones are dropped and counted. */
  public static final ConfigKey<Integer> LIMITS_MAX_SIGNALS =
      key(
          "decisiontrace.limits.max-signals",
          integer(1, 100_000),
          256,
          "Signals kept per episode; later ones are dropped and counted.");

  /** Steps kept per episode. */
  public static final ConfigKey<Integer> LIMITS_MAX_STEPS =
      key("decisiontrace.limits.max-steps", integer(1, 10_000), 64, "Steps kept per episode.");

  /** Alternatives kept per episode. */
  public static final ConfigKey<Integer> LIMITS_MAX_ALTERNATIVES =
      key(
          "decisiontrace.limits.max-alternatives",
          integer(1, 10_000),
          32,
          "Alternatives kept per episode.");

  /** Attributes (and step inputs) kept per episode or step. */
  public static final ConfigKey<Integer> LIMITS_MAX_ATTRIBUTES =
      key(
          "decisiontrace.limits.max-attributes",
          integer(1, 10_000),
          64,
          "Attributes (and step inputs) kept per episode or step.");

  /** Tags kept per episode. */
  public static final ConfigKey<Integer> LIMITS_MAX_TAGS =
      key("decisiontrace.limits.max-tags", integer(1, 10_000), 32, "Tags kept per episode.");

  /** Fills kept per outcome record. */
  public static final ConfigKey<Integer> LIMITS_MAX_FILLS =
      key(
          "decisiontrace.limits.max-fills",
          integer(1, 100_000),
          256,
          "Fills kept per outcome record.");

  /** Elements kept of a list or map inside an attribute value. */
  public static final ConfigKey<Integer> LIMITS_MAX_COLLECTION_SIZE =
      key(
          "decisiontrace.limits.max-collection-size",
          integer(1, 100_000),
          256,
          "Elements kept of a list or map inside an attribute value.");

  /** Levels of nested lists and maps kept inside an attribute value. */
  public static final ConfigKey<Integer> LIMITS_MAX_NESTING_DEPTH =
      key(
          "decisiontrace.limits.max-nesting-depth",
          integer(1, 64),
          8,
          "Levels of nested lists and maps kept inside an attribute value.");

  /**
   * The properties file to read. Settable only on the builder, as a system property or as an
   * environment variable. A configured file must exist; the default one is read only when present.
   */
  public static final ConfigKey<Path> CONFIG_FILE =
      key(
          "decisiontrace.config.file",
          path(),
          Path.of("decisiontrace.properties"),
          "The properties file to read; set only on the builder, as a system property or as an"
              + " environment variable. A configured file must exist; the default one is read when"
              + " present in the working directory.");

  /** Where the HTTP exporter posts batches: the collector's ingestion endpoint. */
  public static final ConfigKey<URI> HTTP_ENDPOINT =
      key(
          "decisiontrace.http.endpoint",
          url(),
          URI.create("http://localhost:4380/v1/records"),
          "Where the http exporter posts batches (docs/collector-protocol.md).");

  /** The bearer token the HTTP exporter sends; secret. */
  public static final ConfigKey<String> HTTP_TOKEN =
      secretKey(
          "decisiontrace.http.token",
          text("any text; empty sends no token"),
          "",
          "Bearer token the http exporter sends; empty sends none. Never logged.");

  /** Longest the HTTP and OTLP exporters wait to connect. */
  public static final ConfigKey<Duration> HTTP_CONNECT_TIMEOUT =
      key(
          "decisiontrace.http.connect-timeout",
          duration(Duration.ofMillis(1), Duration.ofMinutes(5)),
          Duration.ofSeconds(10),
          "Longest the http and otlp exporters wait to connect.");

  /** Longest the HTTP and OTLP exporters wait for a response. */
  public static final ConfigKey<Duration> HTTP_READ_TIMEOUT =
      key(
          "decisiontrace.http.read-timeout",
          duration(Duration.ofMillis(1), Duration.ofMinutes(10)),
          Duration.ofSeconds(30),
          "Longest the http and otlp exporters wait for a response.");

  /** Whether request bodies are gzip-compressed. */
  public static final ConfigKey<Compression> HTTP_COMPRESSION =
      key(
          "decisiontrace.http.compression",
          oneOf(Compression.class),
          Compression.GZIP,
          "Compression of http and otlp request bodies.");

  /** Attempts per batch before it is handed back to the spool. */
  public static final ConfigKey<Integer> HTTP_MAX_ATTEMPTS =
      key(
          "decisiontrace.http.max-attempts",
          integer(1, 100),
          5,
          "Attempts per batch (first try and retries) before the http and otlp exporters give it back"
              + " for the spool.");

  /** First wait between attempts; doubles each time, with jitter. */
  public static final ConfigKey<Duration> HTTP_INITIAL_BACKOFF =
      key(
          "decisiontrace.http.initial-backoff",
          duration(Duration.ofMillis(1), Duration.ofMinutes(1)),
          Duration.ofMillis(500),
          "First wait between attempts; it doubles each time, with jitter.");

  /** Longest wait between attempts, also when the collector's Retry-After asks for more. */
  public static final ConfigKey<Duration> HTTP_MAX_BACKOFF =
      key(
          "decisiontrace.http.max-backoff",
          duration(Duration.ofMillis(1), Duration.ofHours(1)),
          Duration.ofSeconds(30),
          "Longest wait between attempts, also when a Retry-After header asks for longer.");

  /** A PEM file of certificates to trust for HTTPS, instead of the JVM's default trust store. */
  public static final ConfigKey<String> HTTP_TLS_CA_FILE =
      key(
          "decisiontrace.http.tls.ca-file",
          text("a PEM file path; empty uses the JVM's trust store"),
          "",
          "PEM file of certificates that https collectors must chain to; empty uses the JVM's"
              + " default trust store.");

  /** Where the OTLP exporter posts log records. */
  public static final ConfigKey<URI> OTLP_ENDPOINT =
      key(
          "decisiontrace.otlp.endpoint",
          url(),
          URI.create("http://localhost:4318/v1/logs"),
          "Where the otlp exporter posts log records (OTLP/HTTP, JSON encoding).");

  /** Extra headers for the OTLP exporter, such as an API key; secret. */
  public static final ConfigKey<String> OTLP_HEADERS =
      secretKey(
          "decisiontrace.otlp.headers",
          text("name=value pairs separated by commas; empty sends none"),
          "",
          "Extra headers the otlp exporter sends, as name=value pairs separated by commas, values"
              + " percent-decoded as in OTEL_EXPORTER_OTLP_HEADERS. Never logged.");

  /** Whether batches that cannot be delivered go to a disk spool. */
  public static final ConfigKey<Boolean> SPOOL_ENABLED =
      key(
          "decisiontrace.spool.enabled",
          bool(),
          true,
          "Whether batches the exporter cannot deliver go to a disk spool and are replayed later.");

  /** The spool directory. */
  public static final ConfigKey<Path> SPOOL_DIR =
      key(
          "decisiontrace.spool.dir",
          path(),
          Path.of("decisiontrace-out", "spool"),
          "The spool directory; created when first needed.");

  /** Most bytes the spool holds; past it the oldest batches are dropped and counted. */
  public static final ConfigKey<Long> SPOOL_MAX_BYTES =
      key(
          "decisiontrace.spool.max-bytes",
          size(64 * KB, 1024 * GB),
          256 * MB,
          "Most bytes the spool holds; past it the oldest batches are dropped and counted.");

  /** The longest wait between replay attempts while the exporter keeps failing. */
  public static final ConfigKey<Duration> SPOOL_REPLAY_INTERVAL =
      key(
          "decisiontrace.spool.replay-interval",
          duration(Duration.ofMillis(10), Duration.ofHours(1)),
          Duration.ofSeconds(30),
          "Longest wait between attempts to replay the spool while the exporter keeps failing; waits"
              + " start at 1s (or this, if shorter) and double.");

  private static final List<ConfigKey<?>> ALL =
      List.of(
          ENABLED,
          MODE,
          EXPORTER,
          FILE_PATH,
          FILE_MAX_BYTES,
          FILE_MAX_FILES,
          BUFFER_MAX_RECORDS,
          BUFFER_MAX_BYTES,
          BUFFER_FULL_POLICY,
          BATCH_MAX_SIZE,
          BATCH_DELAY,
          EXPORT_TIMEOUT,
          SHUTDOWN_TIMEOUT,
          SHUTDOWN_HOOK,
          EPISODE_MAX_OPEN_TIME,
          EPISODE_MAX_OPEN,
          OUTCOME_LOOKUP_MAX_SIZE,
          OUTCOME_LOOKUP_EXPIRY,
          LIMITS_MAX_STRING_LENGTH,
          LIMITS_MAX_SIGNALS,
          LIMITS_MAX_STEPS,
          LIMITS_MAX_ALTERNATIVES,
          LIMITS_MAX_ATTRIBUTES,
          LIMITS_MAX_TAGS,
          LIMITS_MAX_FILLS,
          LIMITS_MAX_COLLECTION_SIZE,
          LIMITS_MAX_NESTING_DEPTH,
          HTTP_ENDPOINT,
          HTTP_TOKEN,
          HTTP_CONNECT_TIMEOUT,
          HTTP_READ_TIMEOUT,
          HTTP_COMPRESSION,
          HTTP_MAX_ATTEMPTS,
          HTTP_INITIAL_BACKOFF,
          HTTP_MAX_BACKOFF,
          HTTP_TLS_CA_FILE,
          OTLP_ENDPOINT,
          OTLP_HEADERS,
          SPOOL_ENABLED,
          SPOOL_DIR,
          SPOOL_MAX_BYTES,
          SPOOL_REPLAY_INTERVAL,
          CONFIG_FILE);

  private static final Map<String, ConfigKey<?>> BY_NAME = index(ConfigKey::name);
  private static final Map<String, ConfigKey<?>> BY_ENVIRONMENT_VARIABLE =
      index(ConfigKey::environmentVariable);

  private final String name;
  private final String environmentVariable;
  private final ValueType<T> type;
  private final T defaultValue;
  private final String description;
  private final boolean secret;

  private ConfigKey(
      String name, ValueType<T> type, T defaultValue, String description, boolean secret) {
    this.name = name;
    this.environmentVariable = name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    this.type = type;
    this.defaultValue = defaultValue;
    this.description = description;
    this.secret = secret;
  }

  private static <T> ConfigKey<T> key(
      String name, ValueType<T> type, T defaultValue, String description) {
    return new ConfigKey<>(name, type, defaultValue, description, false);
  }

  private static <T> ConfigKey<T> secretKey(
      String name, ValueType<T> type, T defaultValue, String description) {
    return new ConfigKey<>(name, type, defaultValue, description, true);
  }

  /** Every key, in the order of the reference documentation. */
  public static List<ConfigKey<?>> all() {
    return ALL;
  }

  /**
   * The key called {@code name}, such as {@code decisiontrace.buffer.max-records}, if there is one.
   */
  public static Optional<ConfigKey<?>> named(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  /** The full name, such as {@code decisiontrace.buffer.max-records}. */
  public String name() {
    return name;
  }

  /**
   * The environment variable that sets this key: the name upper-cased with {@code .} and {@code -}
   * replaced by {@code _}, such as {@code DECISIONTRACE_BUFFER_MAX_RECORDS}.
   */
  public String environmentVariable() {
    return environmentVariable;
  }

  /**
   * The kind of value: {@code boolean}, {@code enum}, {@code integer}, {@code size}, {@code
   * duration} or {@code path}; {@link #allowed()} tells the range or the choices.
   */
  public String syntax() {
    return type.syntax();
  }

  /** What a value must be, such as {@code an integer in 16..10000000}. */
  public String allowed() {
    return type.allowed();
  }

  /** The value used when no source sets this key. */
  public T defaultValue() {
    return defaultValue;
  }

  /** The default written as a user would write it, such as {@code 64MB} or {@code 1s}. */
  public String defaultText() {
    return format(defaultValue);
  }

  /** What the key controls, in a sentence or two. */
  public String description() {
    return description;
  }

  /**
   * Whether values of this key are secret: a secret value is masked wherever this package echoes
   * it, in error messages and in {@link ResolvedConfig}.
   */
  public boolean isSecret() {
    return secret;
  }

  /** The name. */
  @Override
  public String toString() {
    return name;
  }

  static Optional<ConfigKey<?>> forEnvironmentVariable(String variable) {
    return Optional.ofNullable(BY_ENVIRONMENT_VARIABLE.get(variable));
  }

  /** Whether {@code name} is in the namespace this registry owns, known or not. */
  static boolean isInNamespace(String name) {
    return name.startsWith(PREFIX);
  }

  /**
   * The value {@code text} denotes, after trimming surrounding whitespace.
   *
   * @throws ConfigurationException naming this key, the value, {@code source} and what is allowed
   */
  T parse(String text, String source) {
    T value = type.parse(text.strip());
    if (value == null) {
      throw new ConfigurationException(name, display(text), source, type.allowed());
    }
    return value;
  }

  /** {@code value}, which must be of type {@code T}, written as a user would write it. */
  String format(Object value) {
    @SuppressWarnings("unchecked")
    T typed = (T) value;
    return type.format(typed);
  }

  /** {@code text} as it may be shown in messages and diagnostics: masked when the key is secret. */
  String display(String text) {
    return secret ? "******" : text;
  }

  /** This key's value in {@code values}, a map filled only with values this registry parsed. */
  @SuppressWarnings("unchecked")
  T in(Map<ConfigKey<?>, ?> values) {
    return (T) values.get(this);
  }

  /** Every key mapped to its default. */
  static Map<ConfigKey<?>, Object> defaults() {
    Map<ConfigKey<?>, Object> defaults = new LinkedHashMap<>();
    ALL.forEach(key -> defaults.put(key, key.defaultValue));
    return defaults;
  }

  /**
   * The name, produced by {@code naming}, of the key closest to {@code unknown}, if it is close
   * enough to be a likely typo: at most 3 edits, and at most one edit per three characters after
   * the prefix, so that short unrelated names are not matched.
   */
  static Optional<String> closest(String unknown, Function<ConfigKey<?>, String> naming) {
    int significant = unknown.length() - PREFIX.length();
    int maxDistance = Math.min(MAX_SUGGESTION_DISTANCE, Math.max(1, significant / 3));
    String best = null;
    int bestDistance = maxDistance + 1;
    for (ConfigKey<?> key : ALL) {
      String candidate = naming.apply(key);
      int distance = editDistance(unknown, candidate);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Edits between {@code a} and {@code b}, a swap of two neighbours counting as one. */
  private static int editDistance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  private static Map<String, ConfigKey<?>> index(Function<ConfigKey<?>, String> naming) {
    return ALL.stream().collect(Collectors.toUnmodifiableMap(naming, key -> key));
  }
}
