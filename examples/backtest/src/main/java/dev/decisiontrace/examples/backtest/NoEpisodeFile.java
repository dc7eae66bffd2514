package dev.decisiontrace.examples.backtest;

/**
 * No file is written because DecisionTrace is configured not to write one; any file at the
 * example's paths is left as it is.
 *
 * @param reason the setting that decided it, such as {@code decisiontrace.exporter=logging}
 */
public record NoEpisodeFile(String reason) implements EpisodeOutput {

  @Override
  public String summaryLine() {
    return "output: none (" + reason + ")";
  }
}
