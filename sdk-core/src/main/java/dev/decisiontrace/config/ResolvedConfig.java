package dev.decisiontrace.config;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A resolved {@link DecisionTraceConfig} together with where each value came from, for diagnostics
 * such as a start-up log line. Produced by {@link ConfigLoader#resolve(Map)}.
 *
 * <p>Immutable and thread-safe.
 */
public final class ResolvedConfig {

  /**
   * One key's resolved value.
   *
   * @param key the key
   * @param value the value as a user would write it, such as {@code 64MB}; masked if the key is
   *     secret
   * @param source where the value came from: {@code builder}, {@code system property}, {@code
   *     environment variable DECISIONTRACE_...}, {@code properties file /path (line n)} or {@code
   *     default}
   */
  public record Entry(ConfigKey<?> key, String value, String source) {

    /** Whether no source set the key, so its default applies. */
    public boolean isDefault() {
      return source.equals(ConfigLoader.DEFAULT);
    }

    /** {@code key=value (from source)}. */
    @Override
    public String toString() {
      return key.name() + "=" + value + " (from " + source + ")";
    }
  }

  private final DecisionTraceConfig config;
  private final List<Entry> entries;
  private final Map<ConfigKey<?>, Entry> byKey;
  private final List<String> warnings;

  ResolvedConfig(DecisionTraceConfig config, List<Entry> entries, List<String> warnings) {
    this.config = config;
    this.entries = List.copyOf(entries);
    this.byKey =
        this.entries.stream()
            .collect(Collectors.toUnmodifiableMap(Entry::key, Function.identity()));
    this.warnings = List.copyOf(warnings);
  }

  /** The configuration. */
  public DecisionTraceConfig config() {
    return config;
  }

  /** One entry per key of {@link ConfigKey#all()}, in that order. */
  public List<Entry> entries() {
    return entries;
  }

  /** The entry of {@code key}. */
  public Entry entry(ConfigKey<?> key) {
    return byKey.get(key);
  }

  /**
   * What was noticed but not fatal, such as an unknown {@code DECISIONTRACE_*} environment
   * variable; {@link ConfigLoader#resolve(Map)} has already logged each as a warning.
   */
  public List<String> warnings() {
    return warnings;
  }

  /**
   * One line naming every key not at its default, with its value and source, such as {@code
   * DecisionTrace configuration: decisiontrace.batch.delay=2s (from system property); every other
   * key at its default}.
   */
  public String describe() {
    String set =
        entries.stream()
            .filter(entry -> !entry.isDefault())
            .map(Entry::toString)
            .collect(Collectors.joining(", "));
    return set.isEmpty()
        ? "DecisionTrace configuration: every key at its default"
        : "DecisionTrace configuration: " + set + "; every other key at its default";
  }

  /** {@link #describe()}. */
  @Override
  public String toString() {
    return describe();
  }
}
