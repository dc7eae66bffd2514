package dev.decisiontrace.examples.backtest.data;

/**
 * A row the loader could not use, and why.
 *
 * @param file the file's name
 * @param location where in the file: {@code "line 5"} for CSV, {@code "candles[3] (line 25)"} for JSON
 *     (element index from 0, and the line the element starts on)
 * @param field the offending field as the file names it, or {@code null} when the whole row is at fault
 * @param reason what is wrong, quoting the value as written
 */
public record RowProblem(String file, String location, String field, String reason) {

  /** One line for a person: {@code file, location, field 'x': reason}. */
  public String message() {
    String where = file + ", " + location + (field == null ? "" : ", field '" + field + "'");
    return where + ": " + reason;
  }
}
