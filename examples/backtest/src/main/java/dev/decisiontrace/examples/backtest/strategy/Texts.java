package dev.decisiontrace.examples.backtest.strategy;

import java.util.Locale;

/** Formatting for the words recorded in episodes: always with a dot for decimals, whatever the JVM's locale. */
final class Texts {

  private Texts() {}

  static String text(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
