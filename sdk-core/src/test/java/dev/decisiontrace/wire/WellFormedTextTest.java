package dev.decisiontrace.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class WellFormedTextTest {

  @Test
  void wellFormedTextIsReturnedAsTheSameInstance() {
    String text = "plain, accented \u00e9 and paired \uD83D\uDE80";

    assertSame(text, WellFormedText.of(text));
  }

  @Test
  void aHighSurrogateAtTheEndIsReplaced() {
    assertEquals("cut \uFFFD", WellFormedText.of("cut \uD83D"));
  }

  @Test
  void aLoneLowSurrogateIsReplaced() {
    assertEquals("\uFFFDx", WellFormedText.of("\uDE80x"));
  }

  @Test
  void aPairInTheWrongOrderIsTwoReplacements() {
    assertEquals("\uFFFD\uFFFD", WellFormedText.of("\uDE80\uD83D"));
  }

  @Test
  void pairsAroundALoneSurrogateAreKept() {
    assertEquals(
        "\uD83D\uDE80\uFFFD\uD83D\uDE80", WellFormedText.of("\uD83D\uDE80\uD800\uD83D\uDE80"));
  }
}
