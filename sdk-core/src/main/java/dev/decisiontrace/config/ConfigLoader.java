package dev.decisiontrace.config;

import dev.decisiontrace.config.ResolvedConfig.Entry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resolves {@link DecisionTraceConfig} from its sources and checks every value.
 *
 * <p>Sources, highest precedence first:
 *
 * <ol>
 *   <li>values set on {@link dev.decisiontrace.DecisionTraceBuilder} (the map passed in);
 *   <li>JVM system properties named {@code decisiontrace.*};
 *   <li>environment variables named {@code DECISIONTRACE_*}: the key upper-cased with {@code .} and
 *       {@code -} replaced by {@code _}; one set to the empty string counts as unset;
 *   <li>the properties file named by {@code decisiontrace.config.file} (from the three sources
 *       above only), or else {@code decisiontrace.properties} in the working directory when it
 *       exists;
 *   <li>the defaults of {@link ConfigKey}.
 * </ol>
 *
 * <p>Every value of every source is checked, including values a higher source overrides, so a bad
 * value cannot wait unnoticed for the override to be removed. The first problem found is thrown, in
 * this order: builder values in the order given, system properties by name, environment variables
 * by name, the properties file by line, then the rule across keys (batch size at most buffer size).
 * An unknown key under {@code decisiontrace.} is an error, except in the environment, which hosts
 * share: an unknown {@code DECISIONTRACE_*} variable is logged as a warning and ignored. A key set
 * twice in the properties file is an error.
 *
 * <p>Stateless and thread-safe; every call reads the system properties, the environment and the
 * file afresh.
 */
public final class ConfigLoader {

  static final String BUILDER = "builder";
  static final String SYSTEM_PROPERTY = "system property";
  static final String DEFAULT = "default";

  private static final String ENVIRONMENT_PREFIX = "DECISIONTRACE_";
  private static final Logger logger = LoggerFactory.getLogger(ConfigLoader.class);

  /** A value given by one source, already checked. */
  private record Setting(String text, Object value, String source) {}

  private ConfigLoader() {}

  /**
   * Resolves the configuration with {@code builderValues} as the highest-precedence source.
   *
   * @param builderValues keys mapped to values as they would be written in a properties file
   * @throws ConfigurationException if any key is unknown or any value, from any source, is invalid
   */
  public static DecisionTraceConfig load(Map<String, String> builderValues) {
    return resolve(builderValues).config();
  }

  /**
   * Resolves the configuration as {@link #load(Map)} does, telling where each value came from, and
   * logs each of {@link ResolvedConfig#warnings()} at warning level.
   *
   * @param builderValues keys mapped to values as they would be written in a properties file
   * @throws ConfigurationException if any key is unknown or any value, from any source, is invalid
   */
  public static ResolvedConfig resolve(Map<String, String> builderValues) {
    Properties properties = System.getProperties();
    Map<String, String> systemProperties = new HashMap<>();
    for (String name : properties.stringPropertyNames()) {
      systemProperties.put(name, properties.getProperty(name));
    }
    ResolvedConfig resolved =
        resolve(builderValues, systemProperties, System.getenv(), Path.of("").toAbsolutePath());
    resolved.warnings().forEach(logger::warn);
    return resolved;
  }

  /**
   * Checks one key and value as the builder sets it, so a bad value fails at the call that set it.
   *
   * @throws ConfigurationException if the key is unknown or the value is not allowed for it
   */
  public static void checkValue(String key, String value) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    known(key, BUILDER).parse(value, BUILDER);
  }

  /** {@link #resolve(Map)} with every source given, so that tests need not touch the real JVM. */
  static ResolvedConfig resolve(
      Map<String, String> builderValues,
      Map<String, String> systemProperties,
      Map<String, String> environment,
      Path workingDir) {
    List<String> warnings = new ArrayList<>();
    List<Map<ConfigKey<?>, Setting>> layers =
        new ArrayList<>(
            List.of(
                fromBuilder(builderValues),
                fromSystemProperties(systemProperties),
                fromEnvironment(environment, warnings)));
    layers.add(fromFile(first(ConfigKey.CONFIG_FILE, layers), workingDir));

    Map<ConfigKey<?>, Object> values = new HashMap<>();
    List<Entry> entries = new ArrayList<>();
    for (ConfigKey<?> key : ConfigKey.all()) {
      Setting setting = first(key, layers);
      Object value = setting == null ? key.defaultValue() : setting.value();
      String source = setting == null ? DEFAULT : setting.source();
      if (key == ConfigKey.BATCH_MAX_SIZE && setting == null) {
        // A small buffer alone must not fail against a default the user never chose.
        int buffer = (Integer) values.get(ConfigKey.BUFFER_MAX_RECORDS);
        if ((Integer) value > buffer) {
          value = buffer;
          source = "default, capped at " + ConfigKey.BUFFER_MAX_RECORDS.name();
        }
      }
      values.put(key, value);
      entries.add(new Entry(key, key.display(key.format(value)), source));
    }
    ResolvedConfig resolved =
        new ResolvedConfig(DecisionTraceConfig.from(values), entries, warnings);
    checkBatchFitsBuffer(resolved);
    return resolved;
  }

  private static Map<ConfigKey<?>, Setting> fromBuilder(Map<String, String> builderValues) {
    Map<ConfigKey<?>, Setting> settings = new HashMap<>();
    builderValues.forEach(
        (name, value) ->
            put(settings, known(name, BUILDER), Objects.requireNonNull(value, name), BUILDER));
    return settings;
  }

  private static Map<ConfigKey<?>, Setting> fromSystemProperties(Map<String, String> properties) {
    Map<ConfigKey<?>, Setting> settings = new HashMap<>();
    new TreeMap<>(properties)
        .forEach(
            (name, value) -> {
              if (ConfigKey.isInNamespace(name)) {
                put(settings, known(name, SYSTEM_PROPERTY), value, SYSTEM_PROPERTY);
              }
            });
    return settings;
  }

  private static Map<ConfigKey<?>, Setting> fromEnvironment(
      Map<String, String> environment, List<String> warnings) {
    Map<ConfigKey<?>, Setting> settings = new HashMap<>();
    new TreeMap<>(environment)
        .forEach(
            (name, value) -> {
              if (!name.startsWith(ENVIRONMENT_PREFIX)) {
                return;
              }
              Optional<ConfigKey<?>> key = ConfigKey.forEnvironmentVariable(name);
              if (key.isEmpty()) {
                warnings.add(unknownVariableWarning(name));
              } else if (!value.isBlank()) {
                put(settings, key.get(), value, "environment variable " + name);
              }
            });
    return settings;
  }

  private static ConfigKey<?> known(String name, String source) {
    return ConfigKey.named(name)
        .orElseThrow(
            () ->
                ConfigurationException.unknownKey(
                    name, source, ConfigKey.closest(name, ConfigKey::name)));
  }

  private static void put(
      Map<ConfigKey<?>, Setting> settings, ConfigKey<?> key, String text, String source) {
    settings.put(key, new Setting(text, key.parse(text, source), source));
  }

  private static Setting first(ConfigKey<?> key, List<Map<ConfigKey<?>, Setting>> layers) {
    for (Map<ConfigKey<?>, Setting> layer : layers) {
      Setting setting = layer.get(key);
      if (setting != null) {
        return setting;
      }
    }
    return null;
  }

  private static String unknownVariableWarning(String name) {
    return "Ignoring environment variable "
        + name
        + ": no such DecisionTrace key"
        + ConfigKey.closest(name, ConfigKey::environmentVariable)
            .map(variable -> "; did you mean " + variable + "?")
            .orElse("");
  }

  /**
   * The settings of the properties file, or none when no file is configured and none is present.
   */
  private static Map<ConfigKey<?>, Setting> fromFile(Setting configured, Path workingDir) {
    ConfigKey<Path> fileKey = ConfigKey.CONFIG_FILE;
    Path file =
        workingDir
            .resolve(configured == null ? fileKey.defaultValue() : (Path) configured.value())
            .toAbsolutePath()
            .normalize();
    String text = configured == null ? fileKey.defaultText() : fileKey.display(configured.text());
    String source = configured == null ? DEFAULT : configured.source();
    if (!Files.exists(file)) {
      if (configured == null) {
        return Map.of();
      }
      throw new ConfigurationException(
          fileKey.name(), text, source, "an existing properties file; " + file + " does not exist");
    }
    List<PropertiesFile.Entry> entries;
    try {
      entries = PropertiesFile.read(file);
    } catch (IOException e) {
      throw new ConfigurationException(
          fileKey.name(),
          text,
          source,
          "a readable UTF-8 properties file; reading " + file + " failed: " + e,
          e);
    }

    Map<ConfigKey<?>, Setting> settings = new HashMap<>();
    Map<ConfigKey<?>, Integer> lines = new HashMap<>();
    for (PropertiesFile.Entry entry : entries) {
      if (!ConfigKey.isInNamespace(entry.key())) {
        continue;
      }
      String entrySource = "properties file " + file + " (line " + entry.line() + ")";
      ConfigKey<?> key = known(entry.key(), entrySource);
      if (key == fileKey) {
        throw new ConfigurationException(
            key.name(),
            key.display(entry.value()),
            entrySource,
            "not settable in the properties file; set it on the builder, as a system property or as"
                + " "
                + key.environmentVariable());
      }
      Integer earlier = lines.putIfAbsent(key, entry.line());
      if (earlier != null) {
        throw new ConfigurationException(
            key.name(),
            key.display(entry.value()),
            entrySource,
            "one value per key; line " + earlier + " already sets it");
      }
      put(settings, key, entry.value(), entrySource);
    }
    return settings;
  }

  private static void checkBatchFitsBuffer(ResolvedConfig resolved) {
    if (resolved.config().batchMaxSize() <= resolved.config().bufferMaxRecords()) {
      return;
    }
    Entry batch = resolved.entry(ConfigKey.BATCH_MAX_SIZE);
    Entry buffer = resolved.entry(ConfigKey.BUFFER_MAX_RECORDS);
    throw new ConfigurationException(
        batch.key().name(),
        batch.value(),
        batch.source(),
        "at most "
            + buffer.key().name()
            + ", which is "
            + buffer.value()
            + " (from "
            + buffer.source()
            + ")");
  }
}
