package dev.decisiontrace.examples.collector;

/**
 * Makes a value that came from a request (an episode id, a batch id, a path, a parameter name or
 * value, a header) safe to write into a log line or to echo in a reason. Whoever sends the request
 * chooses these values, so unneutralised they could forge log lines ({@code %0A} followed by a fake
 * timestamp and level), put raw NUL or terminal escape bytes into the log, or make every refused
 * request of a few kilobytes cost the log and the answer several times that.
 *
 * <p>Control characters, line and paragraph separators and invisible format characters (such as
 * bidirectional overrides, which reorder what a terminal shows) are escaped: {@code \n}, {@code \r}
 * and {@code \t} as those two-character escapes, the rest as {@code \}{@code uXXXX}. A backslash is
 * doubled, so that an escape in the output always stands for one character of the input. The
 * escaped text is cut at {@value #MAX_LENGTH} characters, followed by {@code ...} and the length of
 * the value as received.
 *
 * <p>Stateless and thread-safe.
 */
public final class UntrustedText {

  /** Longest escaped text kept before the {@code ...(N chars)} marker. */
  public static final int MAX_LENGTH = 200;

  private UntrustedText() {}

  /**
   * {@code value} with its control characters escaped and its length capped; {@code "null"} for
   * {@code null}.
   */
  public static String neutralise(String value) {
    if (value == null) {
      return "null";
    }
    StringBuilder out = new StringBuilder(Math.min(value.length(), MAX_LENGTH) + 24);
    // By code point, so that the cut never splits a surrogate pair.
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      String piece = escape(c);
      if (out.length() + piece.length() > MAX_LENGTH) {
        return out.append("...(").append(value.length()).append(" chars)").toString();
      }
      out.append(piece);
      i += Character.charCount(c);
    }
    return out.toString();
  }

  private static String escape(int c) {
    switch (c) {
      case '\n':
        return "\\n";
      case '\r':
        return "\\r";
      case '\t':
        return "\\t";
      case '\\':
        return "\\\\";
      default:
        break;
    }
    int type = Character.getType(c);
    if (Character.isISOControl(c)
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR
        || type == Character.FORMAT
        || type == Character.SURROGATE) { // a lone half of a pair, which no charset can write
      StringBuilder escaped = new StringBuilder();
      for (char unit : Character.toChars(c)) { // beyond U+FFFF, as its two UTF-16 units
        escaped.append(String.format("\\u%04x", (int) unit));
      }
      return escaped.toString();
    }
    return Character.toString(c);
  }
}
