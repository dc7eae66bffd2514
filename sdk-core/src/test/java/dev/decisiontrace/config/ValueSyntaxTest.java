package dev.decisiontrace.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The text each kind of value accepts, at the edges of its range and just past them. */
class ValueSyntaxTest {

  private static final String SOURCE = "test";

  @ParameterizedTest
  @CsvSource({"true, true", "TRUE, true", "True, true", "false, false", "FALSE, false"})
  void booleanAcceptsTrueAndFalseInAnyCase(String text, boolean expected) {
    assertEquals(expected, ConfigKey.ENABLED.parse(text, SOURCE));
  }

  @ParameterizedTest
  @ValueSource(strings = {"yes", "no", "on", "1", "0", "t", ""})
  void booleanRejectsEverythingElse(String text) {
    ConfigurationException e =
        assertThrows(ConfigurationException.class, () -> ConfigKey.ENABLED.parse(text, SOURCE));

    assertEquals("true or false", e.allowed());
  }

  @ParameterizedTest
  @ValueSource(strings = {"drop-oldest", "DROP_OLDEST", "Drop-Oldest", "drop_oldest"})
  void enumAcceptsAnyCaseWithHyphensOrUnderscores(String text) {
    assertEquals(FullBufferPolicy.DROP_OLDEST, ConfigKey.BUFFER_FULL_POLICY.parse(text, SOURCE));
  }

  @ParameterizedTest
  @ValueSource(strings = {"oldest", "dropoldest", "drop oldest", "drop-old"})
  void enumRejectsOtherNamesListingTheChoices(String text) {
    ConfigurationException e =
        assertThrows(
            ConfigurationException.class, () -> ConfigKey.BUFFER_FULL_POLICY.parse(text, SOURCE));

    assertEquals("one of drop-newest, drop-oldest", e.allowed());
  }

  @ParameterizedTest
  @CsvSource({
    "1024, 1024",
    "1KB, 1024",
    "512kb, 524288",
    "64MB, 67108864",
    "2Gb, 2147483648",
    "1tb, 1099511627776",
    "1099511627776, 1099511627776"
  })
  void sizeAcceptsBytesOrA1024BasedSuffixInAnyCaseFromTheLowerToTheUpperBound(
      String text, long bytes) {
    assertEquals(bytes, ConfigKey.FILE_MAX_BYTES.parse(text, SOURCE));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1023",
        "1099511627777",
        "2TB",
        "0",
        "-1KB",
        "1.5MB",
        "64 MB",
        "64M",
        "64MiB",
        "64B",
        "MB",
        "",
        "99999999999999999999",
        "9999999999TB"
      })
  void sizeRejectsValuesOutsideItsRangeOrSyntax(String text) {
    ConfigurationException e =
        assertThrows(
            ConfigurationException.class, () -> ConfigKey.FILE_MAX_BYTES.parse(text, SOURCE));

    assertEquals("a size in 1KB..1TB: bytes, or a number with KB, MB, GB or TB", e.allowed());
  }

  @ParameterizedTest
  @CsvSource({
    "PT1S, 1000",
    "pt0.5s, 500",
    "PT1H, 3600000",
    "PT0.001S, 1",
    "1ms, 1",
    "500MS, 500",
    "2s, 2000",
    "5m, 300000",
    "1h, 3600000",
    "60m, 3600000"
  })
  void durationAcceptsIsoOrANumberWithAUnitFromTheLowerToTheUpperBound(String text, long millis) {
    assertEquals(Duration.ofMillis(millis), ConfigKey.BATCH_DELAY.parse(text, SOURCE));
  }

  @Test
  void durationAcceptsDaysUpToItsUpperBound() {
    assertEquals(Duration.ofDays(3650), ConfigKey.OUTCOME_LOOKUP_EXPIRY.parse("3650d", SOURCE));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0ms",
        "PT0S",
        "61m",
        "PT1H0.001S",
        "1d",
        "-1s",
        "-PT1S",
        "2 s",
        "5",
        "5x",
        "1h1m",
        ""
      })
  void durationRejectsValuesOutsideItsRangeOrSyntax(String text) {
    ConfigurationException e =
        assertThrows(ConfigurationException.class, () -> ConfigKey.BATCH_DELAY.parse(text, SOURCE));

    assertEquals("a duration in 1ms..1h: a number with ms, s, m, h or d, or ISO-8601 such as PT1S", e.allowed());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0s", "0ms", "PT0S"})
  void shutdownTimeoutAcceptsZero(String text) {
    assertEquals(Duration.ZERO, ConfigKey.SHUTDOWN_TIMEOUT.parse(text, SOURCE));
  }

  @Test
  void durationWrittenByDurationToStringReadsBack() {
    Duration delay = Duration.ofMillis(1500);

    assertEquals(delay, ConfigKey.BATCH_DELAY.parse(delay.toString(), SOURCE));
  }

  @ParameterizedTest
  @CsvSource({"16, 16", "10000000, 10000000"})
  void integerAcceptsBothBoundsOfItsRange(String text, int expected) {
    assertEquals(expected, ConfigKey.BUFFER_MAX_RECORDS.parse(text, SOURCE));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"15", "10000001", "-16", "16.0", "1e3", "10_000", "abc", "", "99999999999"})
  void integerRejectsValuesOutsideItsRangeOrSyntax(String text) {
    ConfigurationException e =
        assertThrows(
            ConfigurationException.class, () -> ConfigKey.BUFFER_MAX_RECORDS.parse(text, SOURCE));

    assertEquals("an integer in 16..10000000", e.allowed());
  }

  @ParameterizedTest
  @CsvSource({"0, 0", "100000000, 100000000"})
  void longIntegerAcceptsBothBoundsOfItsRange(String text, long expected) {
    assertEquals(expected, ConfigKey.OUTCOME_LOOKUP_MAX_SIZE.parse(text, SOURCE));
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "100000001"})
  void longIntegerRejectsValuesJustOutsideItsRange(String text) {
    assertThrows(
        ConfigurationException.class, () -> ConfigKey.OUTCOME_LOOKUP_MAX_SIZE.parse(text, SOURCE));
  }

  @Test
  void zeroMaxFilesIsAllowedBecauseItMeansKeepAll() {
    assertEquals(0, ConfigKey.FILE_MAX_FILES.parse("0", SOURCE));
  }

  @ParameterizedTest
  @ValueSource(strings = {" 64MB", "64MB ", "\t64MB\n"})
  void whitespaceAroundAValueIsIgnored(String text) {
    assertEquals(64L * 1024 * 1024, ConfigKey.BUFFER_MAX_BYTES.parse(text, SOURCE));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void pathMustNotBeBlank(String text) {
    assertThrows(ConfigurationException.class, () -> ConfigKey.FILE_PATH.parse(text, SOURCE));
  }

  @Test
  void rejectedValueIsEchoedAsGivenWithItsSource() {
    ConfigurationException e =
        assertThrows(
            ConfigurationException.class,
            () -> ConfigKey.BUFFER_MAX_RECORDS.parse(" 8 ", "system property"));

    assertEquals(
        "Invalid configuration: decisiontrace.buffer.max-records=' 8 ' (from system property):"
            + " an integer in 16..10000000",
        e.getMessage());
  }
}
