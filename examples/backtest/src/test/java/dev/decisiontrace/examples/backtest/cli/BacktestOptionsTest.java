package dev.decisiontrace.examples.backtest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BacktestOptionsTest {

  @Test
  void withoutArgumentsEverythingIsDefault() throws UsageException {
    BacktestOptions options = BacktestOptions.parse();

    assertEquals(BacktestOptions.DEFAULT_DATA, options.data());
    assertTrue(options.dataIsDefault());
    assertEquals(Path.of("decisiontrace-out", "backtest-episodes.jsonl"), options.output());
    assertTrue(options.outputIsDefault());
    assertEquals(30, options.holdSampleEvery());
    assertEquals("BTC-USD", options.instrumentName());
    assertFalse(options.help());
  }

  @Test
  void takesValuesAsTheNextArgumentOrAfterAnEqualsSign() throws UsageException {
    BacktestOptions options =
        BacktestOptions.parse("--data", "AAPL-PT1D-x.csv", "--output=out.jsonl", "--hold-sample", "5", "--instrument=XYZ");

    assertEquals(Path.of("AAPL-PT1D-x.csv"), options.data());
    assertFalse(options.dataIsDefault());
    assertEquals(Path.of("out.jsonl"), options.output());
    assertFalse(options.outputIsDefault());
    assertEquals(5, options.holdSampleEvery());
    assertEquals("XYZ", options.instrumentName());
  }

  @Test
  void infersTheInstrumentFromTheDataFileWhenNotGiven() throws UsageException {
    assertEquals("AAPL", BacktestOptions.parse("--data", "AAPL-PT1D-20130102_20131231.csv").instrumentName());
  }

  @Test
  void helpWinsOverEverythingElse() throws UsageException {
    assertTrue(BacktestOptions.parse("--hold-sample", "0", "--help").help());
  }

  @Test
  void rejectsAnUnknownOption() {
    assertEquals("unknown option: --fast", failure("--fast"));
  }

  @Test
  void rejectsAStrayArgument() {
    assertEquals("unexpected argument: btc.json", failure("btc.json"));
  }

  @Test
  void rejectsAnOptionWithoutItsValue() {
    assertEquals("--data needs a value", failure("--data"));
    assertEquals("--data needs a value", failure("--data", "--output", "x.jsonl"));
  }

  @Test
  void rejectsAHoldSampleThatIsNotAPositiveWholeNumber() {
    assertEquals("--hold-sample must be a whole number of at least 1, was '0'", failure("--hold-sample", "0"));
    assertEquals("--hold-sample must be a whole number of at least 1, was 'ten'", failure("--hold-sample=ten"));
  }

  @Test
  void rejectsAnOptionGivenTwice() {
    assertEquals("--output is given more than once", failure("--output", "a", "--output=b"));
  }

  private static String failure(String... args) {
    return assertThrows(UsageException.class, () -> BacktestOptions.parse(args)).getMessage();
  }
}
