package dev.decisiontrace.examples.backtest;

import dev.decisiontrace.DecisionTrace;
import dev.decisiontrace.DecisionTraceBuilder;
import dev.decisiontrace.examples.backtest.data.MarketData;
import dev.decisiontrace.examples.backtest.data.MarketDataException;
import dev.decisiontrace.examples.backtest.data.MarketDataLoader;
import dev.decisiontrace.examples.backtest.recording.TradeOutcomes;
import dev.decisiontrace.examples.backtest.sim.Backtest;
import dev.decisiontrace.examples.backtest.sim.BacktestResult;
import dev.decisiontrace.examples.backtest.sim.OrderIds;
import dev.decisiontrace.examples.backtest.sim.SimulatedBroker;
import dev.decisiontrace.examples.backtest.strategy.TrendPullbackParameters;
import dev.decisiontrace.examples.backtest.strategy.TrendPullbackStrategy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * One end-to-end run: loads the bars, builds a DecisionTrace that writes where {@link EpisodeOutput}
 * says, plays the strategy through the simulated broker, and closes the trace so every record is
 * exported.
 */
public final class BacktestRun {

  /** The simulated account's starting cash, in the instrument's quote currency. */
  public static final double STARTING_CASH = 100_000;

  /** Fee on every fill, in basis points: roughly a liquid venue's taker fee. */
  public static final double FEE_BPS = 10;

  private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

  private final Path data;
  private final EpisodeOutput output;
  private final String instrument;
  private final TrendPullbackParameters parameters;

  /**
   * @param data the market data file
   * @param output where the records go; an episode file is replaced if it exists
   * @param instrument the instrument's name
   * @param parameters the strategy's parameters
   */
  public BacktestRun(Path data, EpisodeOutput output, String instrument, TrendPullbackParameters parameters) {
    this.data = Objects.requireNonNull(data, "data");
    this.output = Objects.requireNonNull(output, "output");
    this.instrument = Objects.requireNonNull(instrument, "instrument");
    this.parameters = Objects.requireNonNull(parameters, "parameters");
  }

  /**
   * Runs the backtest over the whole file.
   *
   * @throws MarketDataException if the market data cannot be used
   * @throws UnusableOutputException if the episode file cannot be written; checked once the data is
   *     known to be usable, so that a bad data file leaves an earlier run's episodes in place
   * @throws dev.decisiontrace.config.ConfigurationException if DecisionTrace's configuration is invalid
   */
  public RunReport execute() throws MarketDataException, UnusableOutputException {
    long started = System.nanoTime();
    MarketData market = MarketDataLoader.load(data);
    if (market.report().barInterval().isZero()) {
      throw new MarketDataException(data + ": a backtest needs at least two bars");
    }
    // Everything else, the exporter included, comes from DecisionTrace's configuration sources.
    DecisionTraceBuilder builder = DecisionTrace.builder();
    if (output instanceof EpisodeFile file) {
      file.prepare();
      if (!file.configured()) {
        builder.filePath(file.path());
      }
    }
    DecisionTrace trace = builder.build();
    TrendPullbackStrategy strategy;
    BacktestResult result;
    boolean exportedInTime;
    try {
      strategy =
          new TrendPullbackStrategy(trace, instrument, parameters, market.report().barInterval(), new OrderIds());
      SimulatedBroker broker = new SimulatedBroker(STARTING_CASH, FEE_BPS, new TradeOutcomes(trace));
      result = new Backtest(broker, strategy, market.report().barInterval()).run(market.bars());
    } finally {
      exportedInTime = trace.close(CLOSE_TIMEOUT);
    }
    return new RunReport(
        instrument,
        parameters,
        market.report(),
        strategy.decisionsBySide(),
        strategy.warmUpBars(),
        result,
        trace.metrics(),
        exportedInTime,
        output,
        Duration.ofNanos(System.nanoTime() - started));
  }
}
