package dev.decisiontrace.examples.backtest.data;

import java.time.Instant;
import java.util.Map;

/**
 * Where one format keeps a bar's fields, and how it writes the time. Turns one raw row into a checked
 * {@link Bar}, or says which field is wrong.
 */
final class BarLayout {

  static final BarLayout COINBASE_CANDLES =
      new BarLayout(
          MarketDataFormat.COINBASE_CANDLES,
          "candles",
          "start",
          FieldValues::epochSeconds,
          new String[] {"open", "high", "low", "close", "volume"});

  static final BarLayout YAHOO_OHLC =
      new BarLayout(
          MarketDataFormat.YAHOO_OHLC,
          "ohlc",
          "endTime",
          FieldValues::epochMillis,
          new String[] {"openPrice", "highPrice", "lowPrice", "closePrice", "volume"});

  static final BarLayout CSV =
      new BarLayout(
          MarketDataFormat.CSV,
          null,
          "date",
          FieldValues::isoDate,
          new String[] {"open", "high", "low", "close", "volume"});

  private final MarketDataFormat format;
  private final String arrayName;
  private final String timeField;
  private final TimeField timeReader;
  private final String open;
  private final String high;
  private final String low;
  private final String close;
  private final String volume;

  private BarLayout(
      MarketDataFormat format, String arrayName, String timeField, TimeField timeReader, String[] ohlcv) {
    this.format = format;
    this.arrayName = arrayName;
    this.timeField = timeField;
    this.timeReader = timeReader;
    this.open = ohlcv[0];
    this.high = ohlcv[1];
    this.low = ohlcv[2];
    this.close = ohlcv[3];
    this.volume = ohlcv[4];
  }

  /** The JSON layout whose bar array has this top-level name, or {@code null}. */
  static BarLayout forJsonArray(String name) {
    if (COINBASE_CANDLES.arrayName.equals(name)) {
      return COINBASE_CANDLES;
    }
    return YAHOO_OHLC.arrayName.equals(name) ? YAHOO_OHLC : null;
  }

  MarketDataFormat format() {
    return format;
  }

  /** The top-level JSON array holding the bars; {@code null} for CSV. */
  String arrayName() {
    return arrayName;
  }

  String timeField() {
    return timeField;
  }

  /** Every field a row needs, time first. */
  String[] fields() {
    return new String[] {timeField, open, high, low, close, volume};
  }

  /**
   * The bar in {@code row}. Fields are checked in order (time, open, high, low, close, volume, then
   * consistency) and the first problem is reported.
   */
  Bar toBar(Map<String, String> row) throws InvalidField {
    Instant time = timeReader.read(row, timeField);
    double o = FieldValues.price(row, open);
    double h = FieldValues.price(row, high);
    double l = FieldValues.price(row, low);
    double c = FieldValues.price(row, close);
    double v = FieldValues.volume(row, volume);
    if (h < l) {
      throw new InvalidField(high, text(row, high) + " is below " + low + " " + text(row, low));
    }
    if (o < l || o > h) {
      throw new InvalidField(open, text(row, open) + " is outside " + low + ".." + high + " " + range(row));
    }
    if (c < l || c > h) {
      throw new InvalidField(close, text(row, close) + " is outside " + low + ".." + high + " " + range(row));
    }
    return new Bar(time, o, h, l, c, v);
  }

  private String range(Map<String, String> row) {
    return text(row, low) + ".." + text(row, high);
  }

  private static String text(Map<String, String> row, String field) {
    return row.get(field).strip();
  }

  /** Reads a row's time field. */
  @FunctionalInterface
  private interface TimeField {
    Instant read(Map<String, String> row, String field) throws InvalidField;
  }
}
