package dev.decisiontrace.config;

import java.util.Optional;

/**
 * A configuration value that cannot be used. Thrown only while an instance is being built, never
 * while recording. The message names the key, the value, where it came from and what is allowed:
 *
 * <pre>
 * Invalid configuration: decisiontrace.buffer.max-records='8' (from system property): an integer in 16..10000000
 * Invalid configuration: unknown key decisiontrace.bufer.max-records (from builder); did you mean decisiontrace.buffer.max-records?
 * </pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ConfigurationException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String key;
  private final String value;
  private final String source;
  private final String allowed;

  /**
   * @param key the configuration key, such as {@code decisiontrace.buffer.max-records}
   * @param value the offending value as given (already masked if it is a secret)
   * @param source where it came from, such as {@code "system property"}
   * @param allowed what would have been accepted
   */
  public ConfigurationException(String key, String value, String source, String allowed) {
    this(key, value, source, allowed, null);
  }

  ConfigurationException(String key, String value, String source, String allowed, Throwable cause) {
    this(
        key,
        value,
        source,
        allowed,
        "Invalid configuration: " + key + "='" + value + "' (from " + source + "): " + allowed,
        cause);
  }

  private ConfigurationException(
      String key, String value, String source, String allowed, String message, Throwable cause) {
    super(message, cause);
    this.key = key;
    this.value = value;
    this.source = source;
    this.allowed = allowed;
  }

  /**
   * A key in the {@code decisiontrace.} namespace that is not in {@link ConfigKey#all()}. Its value
   * is not echoed: a misspelt key cannot be known not to be a secret.
   */
  static ConfigurationException unknownKey(String key, String source, Optional<String> suggestion) {
    String allowed =
        suggestion
            .map(name -> "did you mean " + name + "?")
            .orElse("a key listed in ConfigKey.all()");
    return new ConfigurationException(
        key,
        null,
        source,
        allowed,
        "Invalid configuration: unknown key "
            + key
            + " (from "
            + source
            + ")"
            + suggestion.map(name -> "; did you mean " + name + "?").orElse(""),
        null);
  }

  /** The key whose value was rejected. */
  public String key() {
    return key;
  }

  /** The rejected value, as given; null when the key itself is unknown. */
  public String value() {
    return value;
  }

  /** Where the value came from. */
  public String source() {
    return source;
  }

  /** What would have been accepted. */
  public String allowed() {
    return allowed;
  }
}
