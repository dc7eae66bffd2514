package dev.decisiontrace.examples.backtest.cli;

import dev.decisiontrace.examples.backtest.strategy.TrendPullbackParameters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The command line of the backtest, parsed. Options take their value as the next argument or after
 * {@code =}; each may be given once; {@code --help} anywhere wins over everything else.
 *
 * @param data the market data file
 * @param dataIsDefault whether {@code data} is the default, not given with {@code --data}
 * @param output the episode file to write
 * @param outputIsDefault whether {@code output} is the default, not given with {@code --output}, so that
 *     a {@code decisiontrace.file.path} configured outside the command line takes its place
 * @param holdSampleEvery record one hold episode every this many bars without action
 * @param instrument the instrument's name; inferred from the data file's name when not given
 * @param help whether {@code --help} was asked for; nothing else is done then
 */
public record BacktestOptions(
    Path data,
    boolean dataIsDefault,
    Path output,
    boolean outputIsDefault,
    int holdSampleEvery,
    String instrument,
    boolean help) {

  /** The shared BTC-USD 4-hour file, relative to the working directory (the repository root). */
  public static final Path DEFAULT_DATA =
      Path.of("..", "shared", "data", "market", "Coinbase-BTC-USD-PT4H-20160518_20251028.json");

  public static final Path DEFAULT_OUTPUT = Path.of("decisiontrace-out", "backtest-episodes.jsonl");

  private static final int DEFAULT_HOLD_SAMPLE_EVERY = TrendPullbackParameters.DEFAULT_HOLD_SAMPLE_EVERY;
  private static final Set<String> OPTIONS_WITH_VALUE = Set.of("--data", "--output", "--hold-sample", "--instrument");

  public static final String USAGE =
      String.join(
          System.lineSeparator(),
          "usage: java -jar decisiontrace-backtest.jar [options]",
          "",
          "Backtests a trend-pullback strategy over real market data and records every decision",
          "as a DecisionTrace episode in a JSON-lines file.",
          "",
          "options:",
          "  --data FILE          market data: Coinbase candles JSON, Yahoo Finance OHLC JSON or CSV",
          "                       (default: " + DEFAULT_DATA + ", from the working directory)",
          "  --output FILE        the episode file, replaced if it exists; a file path, not a directory",
          "                       (default: decisiontrace.file.path if configured, else " + DEFAULT_OUTPUT + ")",
          "  --hold-sample N      record one hold episode every N bars without action (default: "
              + DEFAULT_HOLD_SAMPLE_EVERY + "; 1 records them all)",
          "  --instrument NAME    the instrument's name (default: from the data file's name, e.g. BTC-USD)",
          "  --help               print this help and exit",
          "",
          "DecisionTrace takes its other settings, the exporter included, from -Ddecisiontrace.* system",
          "properties, DECISIONTRACE_* environment variables or decisiontrace.properties in the working",
          "directory (docs/configuration.md); with decisiontrace.exporter other than file, or",
          "decisiontrace.enabled=false, no file is written.",
          "",
          "exit status: 0 done, 1 unusable data, output or configuration, 2 wrong command line,",
          "3 done but records were dropped (the reasons are printed on standard error).");

  /**
   * Parses {@code args}.
   *
   * @throws UsageException naming the first problem: an unknown option, a missing or invalid value, a
   *     repeated option, an {@code --output} that is an existing directory
   */
  public static BacktestOptions parse(String... args) throws UsageException {
    List<String> arguments = Arrays.asList(args);
    if (arguments.contains("--help") || arguments.contains("-h")) {
      return new BacktestOptions(DEFAULT_DATA, true, DEFAULT_OUTPUT, true, DEFAULT_HOLD_SAMPLE_EVERY, null, true);
    }
    Path data = null;
    Path output = null;
    int holdSampleEvery = DEFAULT_HOLD_SAMPLE_EVERY;
    String instrument = null;
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      int equals = arg.indexOf('=');
      String option = arg.startsWith("--") && equals > 0 ? arg.substring(0, equals) : arg;
      if (!seen.add(option)) {
        throw new UsageException(option + " is given more than once");
      }
      String value;
      if (equals > 0 && option.length() < arg.length()) {
        value = arg.substring(equals + 1);
      } else if (i + 1 < args.length && OPTIONS_WITH_VALUE.contains(option) && !args[i + 1].startsWith("--")) {
        value = args[++i];
      } else {
        value = null;
      }
      switch (option) {
        case "--data" -> data = Path.of(required(option, value));
        case "--output" -> output = fileNotDirectory(option, required(option, value));
        case "--hold-sample" -> holdSampleEvery = positiveInteger(option, required(option, value));
        case "--instrument" -> instrument = required(option, value);
        default -> throw new UsageException(
            (arg.startsWith("-") ? "unknown option: " : "unexpected argument: ") + arg);
      }
    }
    return new BacktestOptions(
        data == null ? DEFAULT_DATA : data,
        data == null,
        output == null ? DEFAULT_OUTPUT : output,
        output == null,
        holdSampleEvery,
        instrument,
        false);
  }

  /** The instrument's name: as given, or inferred from the data file's name. */
  public String instrumentName() {
    return instrument != null ? instrument : InstrumentNames.fromFileName(data);
  }

  private static String required(String option, String value) throws UsageException {
    if (value == null || value.isBlank()) {
      throw new UsageException(option + " needs a value");
    }
    return value;
  }

  // Checked here, before anything runs, so that a directory given by mistake is never touched.
  private static Path fileNotDirectory(String option, String value) throws UsageException {
    Path path = Path.of(value);
    if (Files.isDirectory(path)) {
      Path absolute = path.toAbsolutePath().normalize();
      throw new UsageException(option + " " + absolute + " is a directory; it takes a file path, such as "
          + absolute.resolve(DEFAULT_OUTPUT.getFileName()));
    }
    return path;
  }

  private static int positiveInteger(String option, String value) throws UsageException {
    try {
      int parsed = Integer.parseInt(value);
      if (parsed >= 1) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // Reported below, with the value as given.
    }
    throw new UsageException(option + " must be a whole number of at least 1, was '" + value + "'");
  }
}
