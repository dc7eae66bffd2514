package dev.decisiontrace.config;

/**
 * A configuration value that cannot be used. Thrown only while an instance is being built, never
 * while recording. The message names the key, the value, where it came from and what is allowed.
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
    super(
        "Invalid configuration: "
            + key
            + "='"
            + value
            + "' (from "
            + source
            + "): "
            + allowed);
    this.key = key;
    this.value = value;
    this.source = source;
    this.allowed = allowed;
  }

  /** The key whose value was rejected. */
  public String key() {
    return key;
  }

  /** The rejected value, as given. */
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
