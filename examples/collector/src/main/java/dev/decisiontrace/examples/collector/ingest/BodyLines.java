package dev.decisiontrace.examples.collector.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a body into its record lines. Lines end with {@code \n} ({@code \r\n} is accepted); the last
 * line may lack it. Blank lines are not records: they are skipped, but still counted in the line
 * numbers, so that a rejection points at the right line of the body.
 */
public final class BodyLines {

  private BodyLines() {}

  /**
   * The non-blank lines of {@code body}.
   *
   * @throws UnreadableBodyException if the body is not UTF-8 or holds no non-blank line
   */
  public static List<Line> split(byte[] body) throws UnreadableBodyException {
    String text = utf8(body);
    List<Line> lines = new ArrayList<>();
    int number = 0;
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      number++;
      String line = text.substring(start, end > start && text.charAt(end - 1) == '\r' ? end - 1 : end);
      if (!line.isBlank()) {
        lines.add(new Line(number, line));
      }
      start = end + 1;
    }
    if (lines.isEmpty()) {
      throw new UnreadableBodyException("the body holds no record lines");
    }
    return lines;
  }

  private static String utf8(byte[] body) throws UnreadableBodyException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(body);
    CharBuffer out = CharBuffer.allocate((int) Math.ceil(body.length * (double) decoder.maxCharsPerByte()));
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw new UnreadableBodyException(
          "the body is not UTF-8: malformed input at byte offset " + in.position());
    }
    decoder.flush(out);
    return out.flip().toString();
  }
}
