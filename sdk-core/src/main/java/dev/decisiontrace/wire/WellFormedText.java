package dev.decisiontrace.wire;

/**
 * Replaces unpaired UTF-16 surrogates, which are not characters and have no UTF-8 encoding, with
 * U+FFFD. A strategy can produce them (a string cut between the two halves of an emoji); written
 * as-is they become escaped lone surrogates that strict JSON parsers refuse (Jackson's own, for
 * field names), and a refused line costs a collector the whole record.
 */
final class WellFormedText {

  static final char REPLACEMENT = '\uFFFD';

  private WellFormedText() {}

  /** {@code text} itself when it is well formed (without allocating), else a repaired copy. */
  static String of(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c)) {
        if (!isPairAt(text, i)) {
          return repair(text);
        }
        i++;
      }
    }
    return text;
  }

  private static boolean isPairAt(String text, int i) {
    return Character.isHighSurrogate(text.charAt(i))
        && i + 1 < text.length()
        && Character.isLowSurrogate(text.charAt(i + 1));
  }

  private static String repair(String text) {
    StringBuilder repaired = new StringBuilder(text.length());
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (isPairAt(text, i)) {
        repaired.append(c).append(text.charAt(++i));
      } else {
        repaired.append(Character.isSurrogate(c) ? REPLACEMENT : c);
      }
    }
    return repaired.toString();
  }
}
