package dev.decisiontrace.internal.recording;

import dev.decisiontrace.model.QualityIssue;

/** The string limit, applied the same way on the recording thread and on the export thread. */
final class Strings {

  /** Receives what was cut. */
  interface IssueSink {
    void report(String field, QualityIssue.Kind kind, String detail);
  }

  private Strings() {}

  /** {@code value} cut to {@code max} chars, never splitting a surrogate pair; reported when cut. */
  static String limit(String value, int max, String field, IssueSink sink) {
    if (value == null || value.length() <= max) {
      return value;
    }
    int end = Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max;
    sink.report(field, QualityIssue.Kind.TRUNCATED, value.length() + " chars, kept " + end);
    return value.substring(0, end);
  }

  static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
