package dev.decisiontrace.examples.backtest;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the tests find market data: the shared real files, and the small fixtures of this module. */
public final class MarketFiles {

  /** Set by the parent pom's surefire configuration. */
  public static final String MARKET_DIR_PROPERTY = "market.data.dir";

  private MarketFiles() {}

  public static Path btcUsd4h() {
    return real("Coinbase-BTC-USD-PT4H-20160518_20251028.json");
  }

  public static Path sp500Weekly() {
    return real("YahooFinance-SP500-PT7D-19500103_20260310.json");
  }

  public static Path aaplDaily() {
    return real("AAPL-PT1D-20130102_20131231.csv");
  }

  /** A fixture under {@code src/test/resources/market}. */
  public static Path fixture(String name) {
    try {
      return Path.of(MarketFiles.class.getResource("/market/" + name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("no test fixture market/" + name, e);
    }
  }

  private static Path real(String name) {
    String dir = System.getProperty(MARKET_DIR_PROPERTY);
    if (dir == null) {
      throw new IllegalStateException(
          "system property " + MARKET_DIR_PROPERTY + " is not set; run the tests through Maven");
    }
    Path file = Path.of(dir, name).toAbsolutePath().normalize();
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("shared market data missing: " + file);
    }
    return file;
  }
}
