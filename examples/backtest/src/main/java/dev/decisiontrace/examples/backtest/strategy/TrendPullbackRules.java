package dev.decisiontrace.examples.backtest.strategy;

import dev.decisiontrace.examples.backtest.sim.ExitReason;
import dev.decisiontrace.examples.backtest.sim.Position;
import java.util.Optional;

/**
 * The strategy's rules as pure functions of a {@link MarketReading}: when to enter, when to leave, and
 * how convinced to be. Immutable and thread-safe.
 *
 * <p>Conviction is a weighted sum of the signals, each scaled to 0..1, clamped to 0..1:
 * {@code 0.35 + 0.30 oversold depth + 0.20 trend strength + 0.15 volume support - 0.20 volatility load},
 * where oversold depth is how far the previous RSI fell below the oversold level (15 points is full),
 * trend strength the close's distance above the EMA (10 % is full), volume support the volume z-score
 * (2 is full) and volatility load ATR against the cap (at the cap is full). The weights are the ones
 * recorded with each signal.
 */
public final class TrendPullbackRules {

  static final double BASE_CONVICTION = 0.35;
  static final double OVERSOLD_WEIGHT = 0.30;
  static final double TREND_WEIGHT = 0.20;
  static final double VOLUME_WEIGHT = 0.15;
  static final double VOLATILITY_WEIGHT = -0.20;

  private static final double FULL_OVERSOLD_DEPTH = 15;
  private static final double FULL_TREND_DISTANCE = 0.10;
  private static final double FULL_VOLUME_Z = 2;

  private final TrendPullbackParameters parameters;

  public TrendPullbackRules(TrendPullbackParameters parameters) {
    this.parameters = parameters;
  }

  public EntryCheck checkEntry(MarketReading reading) {
    return new EntryCheck(
        reading.isUptrend(),
        reading.previousRsi() < parameters.oversoldRsi(),
        reading.rsi() > reading.previousRsi(),
        reading.atrFraction() <= parameters.maxAtrFraction());
  }

  /** Why {@code position} should be closed at this close, if it should. */
  public Optional<ExitReason> checkExit(MarketReading reading, Position position) {
    if (position.barsHeld() >= parameters.maxHoldingBars()) {
      return Optional.of(ExitReason.TIME);
    }
    if (reading.close() < trendBreakLevel(reading)) {
      return Optional.of(ExitReason.SIGNAL);
    }
    return Optional.empty();
  }

  /** The close below which the uptrend counts as broken: the EMA less {@code trendBreakAtr} ATRs. */
  public double trendBreakLevel(MarketReading reading) {
    return reading.trendEma() - parameters.trendBreakAtr() * reading.atr();
  }

  /** How strong the case for being long is now, from 0 to 1 (see the class description). */
  public double longConviction(MarketReading reading) {
    double score =
        BASE_CONVICTION
            + OVERSOLD_WEIGHT * unit((parameters.oversoldRsi() - reading.previousRsi()) / FULL_OVERSOLD_DEPTH)
            + TREND_WEIGHT * unit(reading.trendDistance() / FULL_TREND_DISTANCE)
            + VOLUME_WEIGHT * unit(reading.volumeZScore() / FULL_VOLUME_Z)
            + VOLATILITY_WEIGHT * unit(reading.atrFraction() / parameters.maxAtrFraction());
    return unit(score);
  }

  private static double unit(double value) {
    return Math.max(0, Math.min(1, value));
  }
}
