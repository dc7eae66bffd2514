package dev.decisiontrace.examples.backtest.data;

import java.time.Instant;
import java.util.Objects;

/**
 * One OHLCV bar.
 *
 * <p>{@code time} is the bar's start: Coinbase's {@code start}; Yahoo Finance's {@code endTime}, which
 * for weekly bars is the Monday the week begins; a CSV row's date at 00:00 UTC. The loader only
 * builds bars whose prices are positive and consistent ({@code low <= open, close <= high}).
 *
 * @param time when the bar starts
 * @param open first traded price
 * @param high highest traded price
 * @param low lowest traded price
 * @param close last traded price
 * @param volume traded volume, in units of the instrument
 */
public record Bar(Instant time, double open, double high, double low, double close, double volume) {

  public Bar {
    Objects.requireNonNull(time, "time");
  }
}
