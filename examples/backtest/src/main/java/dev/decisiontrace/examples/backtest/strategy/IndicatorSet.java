package dev.decisiontrace.examples.backtest.strategy;

import dev.decisiontrace.examples.backtest.data.Bar;
import dev.decisiontrace.examples.backtest.indicator.Atr;
import dev.decisiontrace.examples.backtest.indicator.Ema;
import dev.decisiontrace.examples.backtest.indicator.Rsi;
import dev.decisiontrace.examples.backtest.indicator.ZScore;
import java.time.Instant;
import java.util.Optional;

/** The strategy's indicators, fed one bar at a time. Not thread-safe. */
final class IndicatorSet {

  private final Ema trend;
  private final Rsi rsi;
  private final Atr atr;
  private final ZScore volume;
  private double previousRsi = Double.NaN;

  IndicatorSet(TrendPullbackParameters parameters) {
    this.trend = new Ema(parameters.trendPeriod());
    this.rsi = new Rsi(parameters.rsiPeriod());
    this.atr = new Atr(parameters.atrPeriod());
    this.volume = new ZScore(parameters.volumePeriod());
  }

  /** Feeds {@code bar}; the reading once every indicator and the previous RSI are ready. */
  Optional<MarketReading> update(Bar bar, Instant closedAt) {
    double before = previousRsi;
    trend.update(bar.close());
    previousRsi = rsi.update(bar.close());
    atr.update(bar.high(), bar.low(), bar.close());
    volume.update(bar.volume());
    if (Double.isNaN(before) || !trend.isReady() || !atr.isReady() || !volume.isReady()) {
      return Optional.empty();
    }
    return Optional.of(
        new MarketReading(bar, closedAt, trend.value(), rsi.value(), before, atr.value(), volume.value()));
  }
}
