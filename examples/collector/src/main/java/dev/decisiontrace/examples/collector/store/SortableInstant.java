package dev.decisiontrace.examples.collector.store;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Instants as fixed-width UTC text, so that SQLite orders them correctly as strings. The wire form
 * ({@code Instant.toString()}) does not sort: {@code ...:00Z} is after {@code ...:00.5Z}.
 */
final class SortableInstant {

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'");

  private SortableInstant() {}

  static String format(Instant instant) {
    return instant == null ? null : FORMAT.format(instant.atOffset(ZoneOffset.UTC));
  }

  static Instant parse(String text) {
    return text == null ? null : LocalDateTime.parse(text, FORMAT).toInstant(ZoneOffset.UTC);
  }
}
