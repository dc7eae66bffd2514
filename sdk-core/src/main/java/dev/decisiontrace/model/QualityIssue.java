package dev.decisiontrace.model;

/**
 * Something the SDK changed or removed in a record because the input was not usable as given.
 *
 * <p>Research teams read these to know which values were observed and which were repaired.
 *
 * @param field where, as a path such as {@code "signals[3].value"} or {@code "thesis.statement"}
 * @param kind what was wrong
 * @param detail a short explanation, such as {@code "NaN"} or {@code "5123 chars, kept 4096"}
 */
public record QualityIssue(String field, Kind kind, String detail) {

  /** What was wrong with a value, and so what the SDK did with it. */
  public enum Kind {
    /** NaN or an infinity: the value is written as {@code null}. */
    NON_FINITE,
    /** A number outside its documented range (a conviction of 3): kept as given, flagged. */
    OUT_OF_RANGE,
    /** A null or blank name: the item is dropped. */
    INVALID_NAME,
    /** A string over the length limit: cut to the limit. */
    TRUNCATED,
    /** More items than the limit allows (signals, steps, ...): the extra items are dropped. */
    LIMIT_EXCEEDED,
    /** A value that could not be turned into JSON: written as {@code null}. */
    UNSERIALIZABLE,
    /** A call made after the episode was closed or abandoned: ignored. */
    AFTER_CLOSE
  }
}
