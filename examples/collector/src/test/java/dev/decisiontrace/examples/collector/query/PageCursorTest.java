package dev.decisiontrace.examples.collector.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class PageCursorTest {

  @Test
  void aCursorReadsBackAsItWasWritten() {
    PageCursor cursor = new PageCursor(Instant.parse("2025-01-06T12:00:00.000000001Z"), "ep-1\nwith newline");

    assertEquals(cursor, PageCursor.decode(cursor.encode()));
  }

  @Test
  void theTextFormIsSafeInAUrlWithoutEscaping() {
    String text = new PageCursor(Instant.parse("2025-01-06T12:00:00Z"), "ep/??&=+").encode();

    assertEquals(true, text.matches("[A-Za-z0-9_-]+"), text);
  }

  @Test
  void textThatIsNotACursorIsRefused() {
    String noSeparator = Base64.getUrlEncoder().encodeToString("2025-01-06T12:00:00Z".getBytes(StandardCharsets.UTF_8));
    String badInstant = Base64.getUrlEncoder().encodeToString("noon\nep-1".getBytes(StandardCharsets.UTF_8));
    for (String text : new String[] {"***", noSeparator, badInstant}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PageCursor.decode(text));
      assertEquals("cursor is not one this collector returned as nextCursor", e.getMessage());
    }
  }
}
