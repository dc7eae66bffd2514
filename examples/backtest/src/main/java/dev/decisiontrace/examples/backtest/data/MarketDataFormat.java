package dev.decisiontrace.examples.backtest.data;

/** The market data layouts the loader recognises, by content. */
public enum MarketDataFormat {
  /** {@code {"candles":[{"start":"<epoch s>","low":"..",...}]}}, every value a string. */
  COINBASE_CANDLES("Coinbase candles JSON"),
  /** {@code {"name":..,"ohlc":[{"endTime":<epoch ms>,"openPrice":..,...}]}}. */
  YAHOO_OHLC("Yahoo Finance OHLC JSON"),
  /** A header {@code date,open,high,low,close,volume} (any order), dates as {@code yyyy-MM-dd}. */
  CSV("CSV date,open,high,low,close,volume");

  private final String description;

  MarketDataFormat(String description) {
    this.description = description;
  }

  /** A short human-readable name, for reports. */
  public String description() {
    return description;
  }
}
