package dev.decisiontrace.examples.collector;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UntrustedTextTest {

  @Test
  void ordinaryTextIsUnchanged() {
    assertEquals("ep-0001 BTC/USD é", UntrustedText.neutralise("ep-0001 BTC/USD é"));
  }

  @Test
  void lineBreaksAndTabsBecomeTheirTwoCharacterEscapes() {
    assertEquals("a\\nb\\rc\\td", UntrustedText.neutralise("a\nb\rc\td"));
  }

  @Test
  void otherControlCharactersBecomeUnicodeEscapes() {
    assertEquals("x\\u0000y\\u001b[31m\\u007f", UntrustedText.neutralise("x\0y\u001b[31m\u007f"));
  }

  @Test
  void unicodeLineSeparatorsAndBidiOverridesAreEscaped() {
    assertEquals("a\\u2028b\\u202ec", UntrustedText.neutralise("a\u2028b\u202ec"));
  }

  @Test
  void aBackslashIsDoubledSoThatALiteralBackslashNIsNotReadAsANewline() {
    assertEquals("a\\\\nb", UntrustedText.neutralise("a\\nb"));
  }

  @Test
  void textOver200CharactersIsCutAndGivesItsOriginalLength() {
    assertEquals("a".repeat(200) + "...(5000 chars)", UntrustedText.neutralise("a".repeat(5_000)));
  }

  @Test
  void exactly200CharactersAreKeptWhole() {
    assertEquals("a".repeat(200), UntrustedText.neutralise("a".repeat(200)));
  }

  @Test
  void theCutCountsEscapesAndNeverSplitsOne() {
    assertEquals("a".repeat(199) + "...(201 chars)", UntrustedText.neutralise("a".repeat(199) + "\n\n"));
  }

  @Test
  void theCutNeverSplitsASurrogatePair() {
    String emoji = "\uD83D\uDE00";

    assertEquals("a".repeat(199) + "...(203 chars)", UntrustedText.neutralise("a".repeat(199) + emoji + emoji));
  }

  @Test
  void nullIsShownAsNull() {
    assertEquals("null", UntrustedText.neutralise(null));
  }
}
