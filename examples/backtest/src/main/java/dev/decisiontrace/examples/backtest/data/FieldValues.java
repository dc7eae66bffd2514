package dev.decisiontrace.examples.backtest.data;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Strict conversions of a row's raw field texts. Each failure names the field and quotes the text as
 * written, so the user can find it in the file.
 *
 * <p>Stricter than {@link Double#parseDouble}, which would accept {@code "NaN"}, {@code "0x1p3"} and
 * {@code "12d"}: only plain decimal and scientific notation pass.
 */
final class FieldValues {

  private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern NON_FINITE =
      Pattern.compile("[+-]?(nan|inf|infinity)", Pattern.CASE_INSENSITIVE);
  private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,18}");

  private FieldValues() {}

  /** The raw text of {@code field}; a JSON {@code null} or an absent field is an error. */
  static String text(Map<String, String> row, String field) throws InvalidField {
    String text = row.get(field);
    if (text == null) {
      throw new InvalidField(field, row.containsKey(field) ? "null" : "missing");
    }
    if (text.isBlank()) {
      throw new InvalidField(field, "empty");
    }
    return text.strip();
  }

  static double number(Map<String, String> row, String field) throws InvalidField {
    String text = text(row, field);
    if (NON_FINITE.matcher(text).matches()) {
      throw new InvalidField(field, "not finite: " + quoted(text));
    }
    if (!DECIMAL.matcher(text).matches()) {
      throw new InvalidField(field, "not a number: " + quoted(text));
    }
    double value = Double.parseDouble(text);
    if (Double.isInfinite(value)) {
      throw new InvalidField(field, "out of range: " + quoted(text));
    }
    return value;
  }

  static double price(Map<String, String> row, String field) throws InvalidField {
    double value = number(row, field);
    if (value <= 0) {
      throw new InvalidField(field, "must be positive, was " + quoted(row.get(field).strip()));
    }
    return value;
  }

  static double volume(Map<String, String> row, String field) throws InvalidField {
    double value = number(row, field);
    if (value < 0) {
      throw new InvalidField(field, "must not be negative, was " + quoted(row.get(field).strip()));
    }
    return value;
  }

  static Instant epochSeconds(Map<String, String> row, String field) throws InvalidField {
    return Instant.ofEpochSecond(integer(row, field, "not an epoch time in seconds"));
  }

  static Instant epochMillis(Map<String, String> row, String field) throws InvalidField {
    return Instant.ofEpochMilli(integer(row, field, "not an epoch time in milliseconds"));
  }

  static Instant isoDate(Map<String, String> row, String field) throws InvalidField {
    String text = text(row, field);
    try {
      return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidField(field, "not a yyyy-MM-dd date: " + quoted(text));
    }
  }

  private static long integer(Map<String, String> row, String field, String reason) throws InvalidField {
    String text = text(row, field);
    if (!INTEGER.matcher(text).matches()) {
      throw new InvalidField(field, reason + ": " + quoted(text));
    }
    return Long.parseLong(text);
  }

  static String quoted(String text) {
    return '"' + text + '"';
  }
}
