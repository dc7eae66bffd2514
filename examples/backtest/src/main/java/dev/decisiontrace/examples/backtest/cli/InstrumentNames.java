package dev.decisiontrace.examples.backtest.cli;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Infers an instrument's name from a market data file named like the shared ones:
 * {@code [Venue-]INSTRUMENT[-PT<duration>-<dates>].<ext>}, for example
 * {@code Coinbase-BTC-USD-PT4H-20160518_20251028.json} gives {@code BTC-USD} and
 * {@code AAPL-PT1D-20130102_20131231.csv} gives {@code AAPL}.
 */
public final class InstrumentNames {

  // An ISO-8601 duration segment such as -PT4H or -PT7D starts the bar-size-and-dates suffix.
  private static final Pattern SUFFIX = Pattern.compile("-PT?\\d.*$");
  // A venue is a capitalised word with lower-case letters (Coinbase, YahooFinance); symbols are upper case.
  private static final Pattern VENUE = Pattern.compile("^[A-Z][A-Za-z]*[a-z][A-Za-z]*-");

  private InstrumentNames() {}

  public static String fromFileName(Path file) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String base = dot > 0 ? name.substring(0, dot) : name;
    String instrument = SUFFIX.matcher(base).replaceFirst("");
    String withoutVenue = VENUE.matcher(instrument).replaceFirst("");
    return withoutVenue.isEmpty() ? base : withoutVenue;
  }
}
