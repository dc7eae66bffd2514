package dev.decisiontrace.examples.backtest.strategy;

import dev.decisiontrace.DecisionTrace;
import dev.decisiontrace.Episode;
import dev.decisiontrace.examples.backtest.data.Bar;
import dev.decisiontrace.examples.backtest.sim.Account;
import dev.decisiontrace.examples.backtest.sim.ExitReason;
import dev.decisiontrace.examples.backtest.sim.OrderIds;
import dev.decisiontrace.examples.backtest.sim.OrderRequest;
import dev.decisiontrace.examples.backtest.sim.Position;
import dev.decisiontrace.examples.backtest.sim.Strategy;
import dev.decisiontrace.model.Side;
import dev.decisiontrace.model.TradingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A long-only trend-pullback strategy that records each of its decisions as a DecisionTrace episode.
 *
 * <p><b>Rules</b> (at each bar's close, see {@link TrendPullbackParameters} for the numbers): when flat,
 * buy at the next open if the close is above the trend EMA, the previous RSI was oversold and the RSI
 * is now turning up, unless ATR is above the volatility cap. The entry rests a stop and a take-profit,
 * both in ATRs, with the broker. When long, close at the next open after {@code maxHoldingBars}, or
 * when the close falls more than {@code trendBreakAtr} ATRs below the trend EMA.
 *
 * <p><b>What is recorded.</b> Every entry ({@code buy}, tag {@code entry}), every exit the strategy
 * decides ({@code close}, tag {@code exit}), every setup the volatility cap turns down ({@code hold},
 * tag {@code setup-rejected}), and one in every {@code holdSampleEvery} bars on which nothing happens
 * ({@code hold}, tag {@code hold-sampled}): holds are sampled so that the file shows what waiting looks
 * like without drowning the trades. Stops and targets are filled by the broker, not decided here: they
 * arrive as the entry episode's late outcome. Each episode opens and decides at the close of its bar,
 * the moment the decision could be taken, and carries the market, the portfolio, six signals (four
 * weighted), a thesis, rejected alternatives, a risk budget, an exit plan, the action and its
 * reasoning steps: five when flat (an entry or a hold), three when long (an exit or a hold). Nothing
 * is recorded while the indicators warm up.
 *
 * <p>Not thread-safe: the backtest calls it from one thread.
 */
public final class TrendPullbackStrategy implements Strategy {

  public static final String NAME = "trend-pullback";
  public static final String VERSION = "1.0";

  private final DecisionTrace trace;
  private final String instrument;
  private final int holdSampleEvery;
  private final TrendPullbackRules rules;
  private final IndicatorSet indicators;
  private final SharedEpisodeParts shared;
  private final FlatDecision flatDecision;
  private final PositionDecision positionDecision;
  private final Map<Side, Integer> decisions = new EnumMap<>(Side.class);
  private int quietBars;
  private int warmUpBars;

  /**
   * @param trace where the episodes go
   * @param instrument the instrument's name, such as {@code "BTC-USD"}
   * @param parameters the rules' numbers
   * @param barInterval the bars' spacing, to express the time exit as a duration
   * @param orderIds the source of client order ids
   */
  public TrendPullbackStrategy(
      DecisionTrace trace,
      String instrument,
      TrendPullbackParameters parameters,
      Duration barInterval,
      OrderIds orderIds) {
    this.trace = Objects.requireNonNull(trace, "trace");
    this.instrument = Objects.requireNonNull(instrument, "instrument");
    this.holdSampleEvery = parameters.holdSampleEvery();
    this.rules = new TrendPullbackRules(parameters);
    this.indicators = new IndicatorSet(parameters);
    this.shared = new SharedEpisodeParts(parameters);
    Duration timeExit = barInterval.multipliedBy(parameters.maxHoldingBars());
    this.flatDecision = new FlatDecision(instrument, parameters, timeExit, orderIds);
    this.positionDecision = new PositionDecision(instrument, parameters, timeExit, orderIds);
  }

  @Override
  public Optional<OrderRequest> onBarClose(Bar bar, Instant closedAt, Account account) {
    Optional<MarketReading> reading = indicators.update(bar, closedAt);
    if (reading.isEmpty()) {
      warmUpBars++;
      return Optional.empty();
    }
    return account.isFlat()
        ? whenFlat(reading.get(), account)
        : whenLong(reading.get(), account, account.position());
  }

  /**
   * Bars seen before every indicator was ready: nothing is decided on them, so a history not much
   * longer than the trend EMA's period leaves little to decide on.
   */
  public int warmUpBars() {
    return warmUpBars;
  }

  /** Episodes recorded so far, by the side of their action; every side present. */
  public Map<Side, Integer> decisionsBySide() {
    Map<Side, Integer> counts = new EnumMap<>(Side.class);
    for (Side side : Side.values()) {
      counts.put(side, decisions.getOrDefault(side, 0));
    }
    return Collections.unmodifiableMap(counts);
  }

  private Optional<OrderRequest> whenFlat(MarketReading reading, Account account) {
    EntryCheck check = rules.checkEntry(reading);
    if (!check.isSetup() && !holdSampleDue()) {
      return Optional.empty();
    }
    String kind = check.isEntry() ? "entry" : check.isSetup() ? "setup-rejected" : "hold-sampled";
    try (Episode episode = open(reading, kind)) {
      shared.describeMarketAndPortfolio(episode, reading, account);
      shared.analyseMarket(episode, reading);
      return counted(Side.BUY, flatDecision.decide(episode, reading, check, account.equity(reading.close())));
    }
  }

  private Optional<OrderRequest> whenLong(MarketReading reading, Account account, Position position) {
    Optional<ExitReason> exit = rules.checkExit(reading, position);
    if (exit.isEmpty() && !holdSampleDue()) {
      return Optional.empty();
    }
    try (Episode episode = open(reading, exit.isPresent() ? "exit" : "hold-sampled")) {
      shared.describeMarketAndPortfolio(episode, reading, account);
      shared.analyseMarket(episode, reading);
      return counted(Side.CLOSE, positionDecision.decide(episode, reading, position, exit));
    }
  }

  /** Counts a bar on which nothing happens; true on every {@code holdSampleEvery}-th. */
  private boolean holdSampleDue() {
    quietBars++;
    return quietBars % holdSampleEvery == 0;
  }

  private Episode open(MarketReading reading, String kind) {
    return trace.episode(NAME)
        .version(VERSION)
        .instrument(instrument)
        .mode(TradingMode.BACKTEST)
        .openedAt(reading.closedAt())
        .tag(kind)
        .open();
  }

  private Optional<OrderRequest> counted(Side sideIfOrdered, Optional<OrderRequest> order) {
    decisions.merge(order.isPresent() ? sideIfOrdered : Side.HOLD, 1, Integer::sum);
    return order;
  }
}
