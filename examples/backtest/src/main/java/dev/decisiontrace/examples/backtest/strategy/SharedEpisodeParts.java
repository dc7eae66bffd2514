package dev.decisiontrace.examples.backtest.strategy;

import static dev.decisiontrace.examples.backtest.strategy.Texts.text;

import dev.decisiontrace.Episode;
import dev.decisiontrace.StepScope;
import dev.decisiontrace.examples.backtest.sim.Account;
import dev.decisiontrace.examples.backtest.sim.Position;
import dev.decisiontrace.model.MarketSnapshot;
import dev.decisiontrace.model.PortfolioState;
import java.util.ArrayList;
import java.util.List;

/**
 * What every episode of the strategy records the same way: the market and the portfolio, the six
 * signals (the four that enter the conviction with the weights {@link TrendPullbackRules} gives them,
 * {@code rsi} and {@code uptrend} without one), the {@code market-analysis} step that opens the
 * reasoning and the {@code decision} step that closes all but an entry's.
 */
final class SharedEpisodeParts {

  private final TrendPullbackParameters parameters;

  SharedEpisodeParts(TrendPullbackParameters parameters) {
    this.parameters = parameters;
  }

  void describeMarketAndPortfolio(Episode episode, MarketReading reading, Account account) {
    double equity = account.equity(reading.close());
    double units = account.openPosition().map(Position::quantity).orElse(0.0);
    episode
        .attribute("bar.start", reading.bar().time())
        .market(new MarketSnapshot(reading.close(), null, null, reading.bar().volume(), regimes(reading)))
        .portfolio(new PortfolioState(equity, account.cash(), units, units * reading.close() / equity))
        .signal("rsi", reading.rsi(), Double.NaN, "rsi(" + parameters.rsiPeriod() + ")")
        .signal("rsiPrevious", reading.previousRsi(), TrendPullbackRules.OVERSOLD_WEIGHT,
            "rsi(" + parameters.rsiPeriod() + ") one bar earlier")
        .signal("trendDistance", reading.trendDistance(), TrendPullbackRules.TREND_WEIGHT,
            "close / ema(" + parameters.trendPeriod() + ") - 1")
        .signal("atrFraction", reading.atrFraction(), TrendPullbackRules.VOLATILITY_WEIGHT,
            "atr(" + parameters.atrPeriod() + ") / close")
        .signal("volumeZScore", reading.volumeZScore(), TrendPullbackRules.VOLUME_WEIGHT,
            "zscore(volume, " + parameters.volumePeriod() + ")")
        .signal("uptrend", reading.isUptrend());
  }

  void analyseMarket(Episode episode, MarketReading reading) {
    try (StepScope step = episode.step("market-analysis")) {
      step.input("close", reading.close())
          .input("trendEma", reading.trendEma())
          .input("atr", reading.atr())
          .input("volumeZScore", reading.volumeZScore())
          .output(regimes(reading))
          .reasoning(
              text(
                  "Close %.2f is %+.1f%% from the EMA(%d) at %.2f, so the trend is %s. ATR(%d) is %.2f%% of"
                      + " price against a %.2f%% cap; volume is %.1f standard deviations from its %d-bar mean.",
                  reading.close(), 100 * reading.trendDistance(), parameters.trendPeriod(), reading.trendEma(),
                  reading.isUptrend() ? "up" : "down", parameters.atrPeriod(), 100 * reading.atrFraction(),
                  100 * parameters.maxAtrFraction(), reading.volumeZScore(), parameters.volumePeriod()));
    }
  }

  static void decide(Episode episode, MarketReading reading, String output, String reasoning) {
    try (StepScope step = episode.step("decision")) {
      step.input("closedAt", reading.closedAt()).output(output).reasoning(reasoning);
    }
  }

  private List<String> regimes(MarketReading reading) {
    List<String> regimes = new ArrayList<>(3);
    regimes.add(reading.isUptrend() ? "uptrend" : "downtrend");
    regimes.add(reading.atrFraction() > parameters.maxAtrFraction() ? "high-volatility" : "normal-volatility");
    if (reading.rsi() < parameters.oversoldRsi()) {
      regimes.add("oversold");
    }
    return regimes;
  }
}
