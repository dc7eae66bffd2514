package dev.decisiontrace.wire;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Formats an {@link Instant} exactly as {@link Instant#toString()} does, several times faster: the
 * JDK goes through a general {@code DateTimeFormatter}, and every record carries at least two
 * instants, so on the export thread that was a large share of the encoding time.
 */
final class IsoInstant {

  /** 1970-01-01T00:00:00Z: the fast path covers the years from 1970 to 9999. */
  private static final long MIN_SECONDS = 0;

  /** 9999-12-31T23:59:59Z. */
  private static final long MAX_SECONDS = 253_402_300_799L;

  private static final int SECONDS_PER_DAY = 86_400;

  private IsoInstant() {}

  /** {@code instant.toString()}. */
  static String format(Instant instant) {
    long seconds = instant.getEpochSecond();
    if (seconds < MIN_SECONDS || seconds > MAX_SECONDS) {
      return instant.toString();
    }
    LocalDate date = LocalDate.ofEpochDay(seconds / SECONDS_PER_DAY);
    int secondOfDay = (int) (seconds % SECONDS_PER_DAY);
    int nanos = instant.getNano();
    char[] out = new char[30];
    putDigits(out, 0, date.getYear(), 4);
    out[4] = '-';
    put2(out, 5, date.getMonthValue());
    out[7] = '-';
    put2(out, 8, date.getDayOfMonth());
    out[10] = 'T';
    put2(out, 11, secondOfDay / 3600);
    out[13] = ':';
    put2(out, 14, secondOfDay / 60 % 60);
    out[16] = ':';
    put2(out, 17, secondOfDay % 60);
    int length = 19;
    if (nanos > 0) {
      out[length++] = '.';
      // Like the JDK: as many groups of three digits as the value needs.
      if (nanos % 1_000_000 == 0) {
        length = putDigits(out, length, nanos / 1_000_000, 3);
      } else if (nanos % 1_000 == 0) {
        length = putDigits(out, length, nanos / 1_000, 6);
      } else {
        length = putDigits(out, length, nanos, 9);
      }
    }
    out[length++] = 'Z';
    return new String(out, 0, length);
  }

  private static void put2(char[] out, int at, int value) {
    out[at] = (char) ('0' + value / 10);
    out[at + 1] = (char) ('0' + value % 10);
  }

  /** Writes {@code value} as exactly {@code digits} digits, zero-padded; returns the next index. */
  private static int putDigits(char[] out, int at, int value, int digits) {
    for (int i = at + digits - 1; i >= at; i--) {
      out[i] = (char) ('0' + value % 10);
      value /= 10;
    }
    return at + digits;
  }
}
