package dev.decisiontrace.examples.collector.query;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Objects;

/**
 * Where a listing stopped: the last episode returned, by the listing's sort key (opened-at, then
 * episode id, both descending). The next page starts strictly after it, so episodes stored meanwhile
 * neither repeat nor shift the pages.
 *
 * @param openedAt the last episode's opened-at
 * @param episodeId the last episode's id
 */
public record PageCursor(Instant openedAt, String episodeId) {

  private static final char SEPARATOR = '\n';

  public PageCursor {
    Objects.requireNonNull(openedAt, "openedAt");
    Objects.requireNonNull(episodeId, "episodeId");
  }

  /** The opaque text form a client passes back as {@code cursor}. */
  public String encode() {
    byte[] plain = (openedAt.toString() + SEPARATOR + episodeId).getBytes(StandardCharsets.UTF_8);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(plain);
  }

  /**
   * Reads a cursor written by {@link #encode()}.
   *
   * @throws IllegalArgumentException if {@code text} is not one
   */
  public static PageCursor decode(String text) {
    String plain;
    try {
      plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw notACursor();
    }
    int separator = plain.indexOf(SEPARATOR);
    if (separator < 0 || separator == plain.length() - 1) {
      throw notACursor();
    }
    try {
      return new PageCursor(Instant.parse(plain.substring(0, separator)), plain.substring(separator + 1));
    } catch (DateTimeParseException e) {
      throw notACursor();
    }
  }

  private static IllegalArgumentException notACursor() {
    return new IllegalArgumentException("cursor is not one this collector returned as nextCursor");
  }
}
