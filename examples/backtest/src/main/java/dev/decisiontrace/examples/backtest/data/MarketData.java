package dev.decisiontrace.examples.backtest.data;

import java.util.List;

/**
 * Bars loaded from one file, in time order with unique times, and the report of how they were read.
 *
 * @param bars the usable bars, oldest first
 * @param report what was read, skipped and noticed
 */
public record MarketData(List<Bar> bars, LoadReport report) {

  public MarketData {
    bars = List.copyOf(bars);
  }
}
