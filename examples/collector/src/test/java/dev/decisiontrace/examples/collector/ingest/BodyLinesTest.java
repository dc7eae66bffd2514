package dev.decisiontrace.examples.collector.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class BodyLinesTest {

  private static List<Line> split(String body) throws UnreadableBodyException {
    return BodyLines.split(body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void eachLineEndsAtANewlineAndTheLastMayLackIt() throws Exception {
    assertEquals(List.of(new Line(1, "a"), new Line(2, "b")), split("a\nb"));
    assertEquals(List.of(new Line(1, "a"), new Line(2, "b")), split("a\nb\n"));
  }

  @Test
  void aCarriageReturnBeforeTheNewlineIsNotPartOfTheLine() throws Exception {
    assertEquals(List.of(new Line(1, "a"), new Line(2, "b")), split("a\r\nb\r\n"));
  }

  @Test
  void blankLinesAreSkippedButCounted() throws Exception {
    assertEquals(List.of(new Line(2, "a"), new Line(4, "b")), split("\na\n  \t\nb\n\n"));
  }

  @Test
  void textInsideALineIsKeptExactly() throws Exception {
    assertEquals(List.of(new Line(1, " {\"x\": \"é ✓\"} ")), split(" {\"x\": \"é ✓\"} \n"));
  }

  @Test
  void aBodyOfBlankLinesHoldsNoRecordLines() {
    UnreadableBodyException e = assertThrows(UnreadableBodyException.class, () -> split("\n\r\n "));
    assertEquals("the body holds no record lines", e.getMessage());
  }

  @Test
  void malformedUtf8IsReportedWithItsByteOffset() {
    byte[] body = {'{', '}', '\n', 'a', (byte) 0xC3, '(', '\n'};

    UnreadableBodyException e = assertThrows(UnreadableBodyException.class, () -> BodyLines.split(body));

    assertEquals("the body is not UTF-8: malformed input at byte offset 4", e.getMessage());
  }
}
