package dev.decisiontrace.internal.recording;

import dev.decisiontrace.config.Limits;
import dev.decisiontrace.internal.SdkCounters;
import dev.decisiontrace.model.QualityIssue;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Makes one record's values shippable, on the export thread, and lists what it changed.
 *
 * <p>Non-finite numbers become {@code null}; strings past the limit are cut; arbitrary objects become
 * JSON-safe trees of strings, numbers, booleans, lists and maps, or {@code null} when their
 * {@code toString()} fails. Each change is a {@link QualityIssue} on the record and a count in the
 * metrics. One instance per record; not thread-safe.
 */
final class Sanitizer {

  private final Limits limits;
  private final SdkCounters counters;
  private final List<QualityIssue> issues;

  Sanitizer(Limits limits, SdkCounters counters, List<QualityIssue> earlierIssues) {
    this.limits = limits;
    this.counters = counters;
    this.issues = new ArrayList<>(earlierIssues);
  }

  List<QualityIssue> issues() {
    return issues;
  }

  void report(String field, QualityIssue.Kind kind, String detail) {
    issues.add(new QualityIssue(field, kind, detail));
    counters.qualityIssue(kind);
  }

  /** {@code value}, or {@code null} if it is NaN or infinite. */
  Double number(Double value, String field) {
    if (value != null && !Double.isFinite(value)) {
      report(field, QualityIssue.Kind.NON_FINITE, value.toString());
      return null;
    }
    return value;
  }

  /** Flags a non-finite primitive that has to stay in its record; the encoder writes it as null. */
  double primitive(double value, String field) {
    if (!Double.isFinite(value)) {
      report(field, QualityIssue.Kind.NON_FINITE, Double.toString(value));
    }
    return value;
  }

  /** {@code value} flagged (not changed) when outside {@code [min, max]}. */
  Double range(Double value, double min, double max, String field) {
    Double finite = number(value, field);
    if (finite != null && (finite < min || finite > max)) {
      report(field, QualityIssue.Kind.OUT_OF_RANGE, finite + " not in [" + min + ", " + max + "]");
    }
    return finite;
  }

  /** {@code value} cut to the string limit. */
  String text(String value, String field) {
    return fits(value) ? value : Strings.limit(value, limits.maxStringLength(), field, this::report);
  }

  /** Whether {@code value} ships as given: {@code null} or within the string limit. */
  boolean fits(String value) {
    return value == null || value.length() <= limits.maxStringLength();
  }

  /**
   * Whether {@link #value} would return {@code value} itself without a report, so that a caller can
   * skip building the field path of the many values that need no repair.
   */
  boolean isShippable(Object value) {
    if (value == null || value instanceof Boolean) {
      return true;
    }
    if (value instanceof String text) {
      return fits(text);
    }
    if (value instanceof Double number) {
      return Double.isFinite(number);
    }
    if (value instanceof Float number) {
      return Float.isFinite(number);
    }
    return value instanceof Number;
  }

  /** {@code value} as a JSON-safe tree. */
  Object value(Object value, String field) {
    return value(value, field, 0);
  }

  private Object value(Object value, String field, int depth) {
    if (value == null || value instanceof Boolean) {
      return value;
    }
    if (value instanceof String text) {
      return text(text, field);
    }
    if (value instanceof Double || value instanceof Float) {
      double number = ((Number) value).doubleValue();
      return Double.isFinite(number) ? value : number(number, field);
    }
    if (value instanceof Number) {
      return value;
    }
    if (value instanceof Enum<?> constant) {
      return constant.name();
    }
    if (value instanceof CharSequence
        || value instanceof TemporalAccessor
        || value instanceof java.time.Duration
        || value instanceof java.time.Period
        || value instanceof UUID
        || value instanceof Character) {
      return text(value.toString(), field);
    }
    if (value instanceof Optional<?> optional) {
      return value(optional.orElse(null), field, depth);
    }
    if (depth >= limits.maxNestingDepth()) {
      report(field, QualityIssue.Kind.LIMIT_EXCEEDED, "nested deeper than " + limits.maxNestingDepth());
      return null;
    }
    if (value instanceof Map<?, ?> map) {
      return map(map, field, depth);
    }
    if (value instanceof Collection<?> collection) {
      return list(collection, field, depth);
    }
    if (value.getClass().isArray()) {
      return list(ArrayElements.of(value), field, depth);
    }
    return described(value, field);
  }

  private Map<String, Object> map(Map<?, ?> map, String field, int depth) {
    Map<String, Object> copy = new LinkedHashMap<>();
    int kept = 0;
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      if (kept == limits.maxCollectionSize()) {
        report(field, QualityIssue.Kind.LIMIT_EXCEEDED, map.size() + " entries, kept " + kept);
        break;
      }
      String key = String.valueOf(entry.getKey());
      copy.put(key, value(entry.getValue(), field + "." + key, depth + 1));
      kept++;
    }
    return copy;
  }

  private List<Object> list(Collection<?> collection, String field, int depth) {
    List<Object> copy = new ArrayList<>(Math.min(collection.size(), limits.maxCollectionSize()));
    int index = 0;
    for (Object element : collection) {
      if (index == limits.maxCollectionSize()) {
        report(field, QualityIssue.Kind.LIMIT_EXCEEDED, collection.size() + " elements, kept " + index);
        break;
      }
      copy.add(value(element, field + "[" + index + "]", depth + 1));
      index++;
    }
    return copy;
  }

  private Object described(Object value, String field) {
    try {
      return text(String.valueOf(value), field);
    } catch (RuntimeException | StackOverflowError e) {
      report(field, QualityIssue.Kind.UNSERIALIZABLE, value.getClass().getName() + ".toString() threw " + e);
      return null;
    }
  }
}
