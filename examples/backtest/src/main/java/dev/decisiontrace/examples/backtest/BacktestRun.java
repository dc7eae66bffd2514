package dev.decisiontrace.examples.backtest;

import dev.decisiontrace.DecisionTrace;
import dev.decisiontrace.config.ExporterKind;
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
import dev.decisiontrace.model.TradingMode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * One end-to-end run: loads the bars, builds a DecisionTrace writing JSON lines to the output file,
 * plays the strategy through the simulated broker, and closes the trace so every record is on disk.
 */
public final class BacktestRun {

  /** The simulated account's starting cash, in the instrument's quote currency. */
  public static final double STARTING_CASH = 100_000;

  /** Fee on every fill, in basis points: roughly a liquid venue's taker fee. */
  public static final double FEE_BPS = 10;

  private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

  private final Path data;
  private final EpisodeFile output;
  private final String instrument;
  private final TrendPullbackParameters parameters;

  /**
   * @param data the market data file
   * @param output the episode file; replaced if it exists
   * @param instrument the instrument's name
   * @param parameters the strategy's parameters
   */
  public BacktestRun(Path data, EpisodeFile output, String instrument, TrendPullbackParameters parameters) {
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
    output.prepare();

    DecisionTrace trace =
        DecisionTrace.builder()
            .mode(TradingMode.BACKTEST)
            .exporter(ExporterKind.FILE)
            .filePath(output.path())
            .build();
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
        market.report(),
        strategy.decisionsBySide(),
        result,
        trace.metrics(),
        exportedInTime,
        output,
        Duration.ofNanos(System.nanoTime() - started));
  }
}
