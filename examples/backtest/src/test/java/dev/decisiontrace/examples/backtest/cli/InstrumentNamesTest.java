package dev.decisiontrace.examples.backtest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class InstrumentNamesTest {

  @Test
  void dropsTheVenueAndTheBarSizeAndDates() {
    assertEquals("BTC-USD", name("../shared/data/market/Coinbase-BTC-USD-PT4H-20160518_20251028.json"));
  }

  @Test
  void dropsAMultiWordVenue() {
    assertEquals("SP500", name("YahooFinance-SP500-PT7D-19500103_20260310.json"));
  }

  @Test
  void keepsASymbolWithoutVenue() {
    assertEquals("AAPL", name("AAPL-PT1D-20130102_20131231.csv"));
  }

  @Test
  void keepsAnyOtherFileNameWithoutItsExtension() {
    assertEquals("my-bars", name("/tmp/my-bars.csv"));
  }

  private static String name(String file) {
    return InstrumentNames.fromFileName(Path.of(file));
  }
}
