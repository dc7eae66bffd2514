package dev.decisiontrace.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsoInstantTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1970-01-01T00:00:00Z", "2024-02-29T23:59:59Z", "2024-03-15T14:30:00.100Z",
        "2024-03-15T14:30:00.000100Z", "2024-03-15T14:30:00.000000001Z",
            "2024-03-15T14:30:00.999999999Z",
        "9999-12-31T23:59:59.999999999Z", "1969-12-31T23:59:59.5Z", "0001-01-01T00:00:00Z",
        "+10000-01-01T00:00:00Z", "-1000000000-01-01T00:00:00Z"
      })
  void formatsLikeInstantToString(String text) {
    Instant instant = Instant.parse(text);

    assertEquals(instant.toString(), IsoInstant.format(instant));
  }

  @Test
  void formatsLikeInstantToStringForRandomInstantsOfEveryPrecision() {
    SplittableRandom random = new SplittableRandom(42);
    for (int i = 0; i < 200_000; i++) {
      long seconds = random.nextLong(-100_000_000_000L, 300_000_000_000L);
      int nanos =
          switch (i % 4) {
            case 0 -> 0;
            case 1 -> random.nextInt(1_000) * 1_000_000;
            case 2 -> random.nextInt(1_000_000) * 1_000;
            default -> random.nextInt(1_000_000_000);
          };
      Instant instant = Instant.ofEpochSecond(seconds, nanos);

      assertEquals(instant.toString(), IsoInstant.format(instant));
    }
  }
}
