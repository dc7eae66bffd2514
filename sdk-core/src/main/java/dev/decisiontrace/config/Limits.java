package dev.decisiontrace.config;

import java.util.Map;

/**
 * Caps on what one record may carry, so that bad input cannot grow memory or records without bound.
 * What happens past each cap is documented on {@link dev.decisiontrace.model.QualityIssue.Kind}.
 * Set through the {@code decisiontrace.limits.*} keys.
 *
 * <p>Immutable and thread-safe.
 *
 * @param maxStringLength longest string kept, in chars; longer strings are cut and flagged
 * @param maxSignals signals kept per episode; later ones are dropped and counted
 * @param maxSteps steps kept per episode
 * @param maxAlternatives alternatives kept per episode
 * @param maxAttributes attributes (and step inputs) kept per episode or step
 * @param maxTags tags kept per episode
 * @param maxFills fills kept per outcome record
 * @param maxCollectionSize elements kept of a list or map inside an attribute value
 * @param maxNestingDepth levels of nested lists and maps kept inside an attribute value
 */
public record Limits(
    int maxStringLength,
    int maxSignals,
    int maxSteps,
    int maxAlternatives,
    int maxAttributes,
    int maxTags,
    int maxFills,
    int maxCollectionSize,
    int maxNestingDepth) {

  /** The defaults, as listed in {@link ConfigKey}. */
  public static final Limits DEFAULT = from(ConfigKey.defaults());

  /** The limits held in {@code values}, which maps every key to a value it parsed. */
  static Limits from(Map<ConfigKey<?>, ?> values) {
    return new Limits(
        ConfigKey.LIMITS_MAX_STRING_LENGTH.in(values),
        ConfigKey.LIMITS_MAX_SIGNALS.in(values),
        ConfigKey.LIMITS_MAX_STEPS.in(values),
        ConfigKey.LIMITS_MAX_ALTERNATIVES.in(values),
        ConfigKey.LIMITS_MAX_ATTRIBUTES.in(values),
        ConfigKey.LIMITS_MAX_TAGS.in(values),
        ConfigKey.LIMITS_MAX_FILLS.in(values),
        ConfigKey.LIMITS_MAX_COLLECTION_SIZE.in(values),
        ConfigKey.LIMITS_MAX_NESTING_DEPTH.in(values));
  }
}
