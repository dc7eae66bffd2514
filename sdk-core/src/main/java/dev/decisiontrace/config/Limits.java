package dev.decisiontrace.config;

/**
 * Caps on what one record may carry, so that bad input cannot grow memory or records without bound.
 * What happens past each cap is documented on {@link dev.decisiontrace.model.QualityIssue.Kind}.
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

  /** The defaults. */
  public static final Limits DEFAULT = new Limits(4096, 256, 64, 32, 64, 32, 256, 256, 8);
}
