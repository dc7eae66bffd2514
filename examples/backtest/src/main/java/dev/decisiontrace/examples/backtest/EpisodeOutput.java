package dev.decisiontrace.examples.backtest;

import dev.decisiontrace.config.ConfigKey;
import dev.decisiontrace.config.DecisionTraceConfig;
import dev.decisiontrace.config.ExporterKind;
import dev.decisiontrace.config.ResolvedConfig;
import dev.decisiontrace.examples.backtest.cli.BacktestOptions;
import java.util.Locale;

/**
 * Where a run's records go: an {@link EpisodeFile}, or nowhere on disk ({@link NoEpisodeFile}).
 *
 * <p>Values set on DecisionTrace's builder override system properties, environment variables and
 * {@code decisiontrace.properties}, so the example sets there only what the command line asked for
 * ({@code --output}) and leaves every other key, the exporter included, to the SDK's own
 * configuration sources. The one exception is the file path when nothing configures it: the
 * example's default name replaces the SDK's generic one.
 */
public sealed interface EpisodeOutput permits EpisodeFile, NoEpisodeFile {

  /** The summary's last line. */
  String summaryLine();

  /** Decides from the command line and the configuration DecisionTrace will build with. */
  static EpisodeOutput choose(BacktestOptions options, ResolvedConfig resolved) {
    DecisionTraceConfig config = resolved.config();
    if (!config.enabled()) {
      return new NoEpisodeFile(ConfigKey.ENABLED.name() + "=false");
    }
    if (config.exporter() != ExporterKind.FILE) {
      return new NoEpisodeFile(
          ConfigKey.EXPORTER.name() + "=" + config.exporter().name().toLowerCase(Locale.ROOT));
    }
    if (options.outputIsDefault() && !resolved.entry(ConfigKey.FILE_PATH).isDefault()) {
      return EpisodeFile.configured(config.filePath());
    }
    return EpisodeFile.given(options.output());
  }
}
