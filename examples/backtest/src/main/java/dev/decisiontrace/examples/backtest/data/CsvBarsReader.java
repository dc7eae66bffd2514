package dev.decisiontrace.examples.backtest.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a CSV file whose first non-blank line is a header naming at least the columns
 * {@code date,open,high,low,close,volume}, in any order and any case; further columns are ignored.
 * Fields are separated by commas and not quoted. Blank lines are ignored.
 */
final class CsvBarsReader {

  private CsvBarsReader() {}

  static RowSink read(Path file, BufferedReader reader) throws IOException, MarketDataException {
    BarLayout layout = BarLayout.CSV;
    String header = null;
    int lineNumber = 0;
    while (header == null) {
      String line = reader.readLine();
      if (line == null) {
        throw new MarketDataException(file + ": file is empty");
      }
      lineNumber++;
      header = line.isBlank() ? null : line;
    }
    List<String> columns = split(header.toLowerCase(Locale.ROOT));
    if (!columns.contains(layout.timeField())) {
      throw MarketDataLoader.unknownFormat(file);
    }
    List<String> missing = new ArrayList<>();
    for (String field : layout.fields()) {
      if (!columns.contains(field)) {
        missing.add(field);
      }
    }
    if (!missing.isEmpty()) {
      throw new MarketDataException(
          file + ": CSV header \"" + header.strip() + "\" lacks column(s) " + String.join(", ", missing));
    }

    RowSink sink = new RowSink(MarketDataLoader.fileName(file), layout);
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      String location = "line " + lineNumber;
      List<String> values = split(line);
      if (values.size() != columns.size()) {
        sink.unusableRow(location, "expected " + columns.size() + " columns, found " + values.size());
        continue;
      }
      Map<String, String> fields = new HashMap<>(16);
      for (int i = 0; i < columns.size(); i++) {
        fields.put(columns.get(i), values.get(i));
      }
      sink.row(location, fields);
    }
    return sink;
  }

  private static List<String> split(String line) {
    List<String> values = new ArrayList<>(8);
    for (String value : line.split(",", -1)) {
      values.add(value.strip());
    }
    return values;
  }
}
