package dev.decisiontrace.examples.backtest;

import dev.decisiontrace.config.ConfigLoader;
import dev.decisiontrace.config.ConfigurationException;
import dev.decisiontrace.examples.backtest.cli.BacktestOptions;
import dev.decisiontrace.examples.backtest.cli.DropWarning;
import dev.decisiontrace.examples.backtest.cli.Summary;
import dev.decisiontrace.examples.backtest.cli.UsageException;
import dev.decisiontrace.examples.backtest.data.MarketDataException;
import dev.decisiontrace.examples.backtest.strategy.TrendPullbackParameters;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The example's command line: backtests the trend-pullback strategy over a market data file and
 * records every decision with DecisionTrace. Run with {@code --help} for the options.
 *
 * <p>Exit status: 0 after a run (or {@code --help}), 1 if the data, the output or the configuration
 * cannot be used, 2 for a wrong command line, 3 after a run whose records were not all exported (the
 * summary is printed, and a warning naming the drop reasons on standard error). Errors are one line on
 * standard error, never a stack trace.
 */
public final class BacktestMain {

  static final int OK = 0;
  static final int FAILED = 1;
  static final int USAGE = 2;
  static final int INCOMPLETE = 3;

  private BacktestMain() {}

  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != OK) {
      System.exit(status);
    }
  }

  /** Runs the command line, printing to {@code out} and {@code err}; returns the exit status. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    BacktestOptions options;
    try {
      options = BacktestOptions.parse(args);
    } catch (UsageException e) {
      err.println("error: " + e.getMessage() + " (see --help)");
      return USAGE;
    }
    if (options.help()) {
      out.println(BacktestOptions.USAGE);
      return OK;
    }
    if (options.dataIsDefault() && !Files.exists(options.data())) {
      err.println("error: no market data at " + absolute(options.data())
          + " (the default, relative to the working directory " + absolute(Path.of("")) + "); pass --data FILE");
      return FAILED;
    }
    try {
      TrendPullbackParameters parameters =
          TrendPullbackParameters.defaults().withHoldSampleEvery(options.holdSampleEvery());
      EpisodeOutput output = EpisodeOutput.choose(options, ConfigLoader.resolve(Map.of()));
      RunReport report = new BacktestRun(options.data(), output, options.instrumentName(), parameters).execute();
      Summary.lines(report).forEach(out::println);
      Optional<String> incomplete = DropWarning.of(report);
      incomplete.ifPresent(err::println);
      return incomplete.isPresent() ? INCOMPLETE : OK;
    } catch (MarketDataException | UnusableOutputException | ConfigurationException e) {
      err.println("error: " + e.getMessage());
    } catch (RuntimeException e) {
      // A bug in the example: the message still says more to the user than the exception's class.
      err.println("error: the backtest failed unexpectedly: " + Objects.requireNonNullElse(e.getMessage(), "no detail"));
    }
    return FAILED;
  }

  private static Path absolute(Path path) {
    return path.toAbsolutePath().normalize();
  }
}
