package dev.decisiontrace.config;

import java.util.Map;

/**
 * Resolves {@link DecisionTraceConfig} from its sources. Placeholder: takes defaults only; replaced by
 * the full loader (sources, precedence, validation).
 */
public final class ConfigLoader {

  private ConfigLoader() {}

  /** Resolves the configuration with {@code builderValues} as the highest-precedence source. */
  public static DecisionTraceConfig load(Map<String, String> builderValues) {
    return DecisionTraceConfig.defaults();
  }

  /** Checks one key and value as the builder sets it. */
  public static void checkValue(String key, String value) {}
}
