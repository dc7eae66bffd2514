package dev.decisiontrace.examples.backtest.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Collects the rows of one file as they are read: the bars that passed, and the rows skipped. */
final class RowSink {

  /** A bar and where in the file it came from. */
  record LocatedBar(Bar bar, String location) {}

  private final String fileName;
  private final BarLayout layout;
  private final List<LocatedBar> bars = new ArrayList<>();
  private final List<RowProblem> skipped = new ArrayList<>();
  private int rowsRead;

  RowSink(String fileName, BarLayout layout) {
    this.fileName = fileName;
    this.layout = layout;
  }

  /** Checks one row and keeps its bar, or records why it was skipped. */
  void row(String location, Map<String, String> fields) {
    rowsRead++;
    try {
      bars.add(new LocatedBar(layout.toBar(fields), location));
    } catch (InvalidField invalid) {
      skipped.add(new RowProblem(fileName, location, invalid.field(), invalid.reason()));
    }
  }

  /** Records a row that could not even be split into fields. */
  void unusableRow(String location, String reason) {
    rowsRead++;
    skipped.add(new RowProblem(fileName, location, null, reason));
  }

  String fileName() {
    return fileName;
  }

  BarLayout layout() {
    return layout;
  }

  List<LocatedBar> bars() {
    return bars;
  }

  List<RowProblem> skipped() {
    return skipped;
  }

  int rowsRead() {
    return rowsRead;
  }
}
