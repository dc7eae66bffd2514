package dev.decisiontrace.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The syntax and range of one kind of configuration value: how text is read, how a value is written
 * back, and the phrase that tells a user what is allowed. Immutable and thread-safe.
 *
 * @param <T> the Java type of the value
 */
final class ValueType<T> {

  private static final Pattern SIZE =
      Pattern.compile("(\\d+)(KB|MB|GB|TB)?", Pattern.CASE_INSENSITIVE);
  private static final Pattern SHORT_DURATION =
      Pattern.compile("(\\d+)(ms|s|m|h|d)", Pattern.CASE_INSENSITIVE);
  private static final String[] SIZE_UNITS = {"TB", "GB", "MB", "KB"};

  private final String syntax;
  private final String allowed;
  private final Function<String, T> parser;
  private final Function<T, String> formatter;

  private ValueType(
      String syntax, String allowed, Function<String, T> parser, Function<T, String> formatter) {
    this.syntax = syntax;
    this.allowed = allowed;
    this.parser = parser;
    this.formatter = formatter;
  }

  /** {@code true} or {@code false}, in any case; nothing else, so a typo never reads as false. */
  static ValueType<Boolean> bool() {
    return new ValueType<>(
        "boolean",
        "true or false",
        text -> {
          if (text.equalsIgnoreCase("true")) {
            return Boolean.TRUE;
          }
          return text.equalsIgnoreCase("false") ? Boolean.FALSE : null;
        },
        String::valueOf);
  }

  /** A constant of {@code type}, written in any case with {@code -} or {@code _} between words. */
  static <E extends Enum<E>> ValueType<E> oneOf(Class<E> type) {
    E[] constants = type.getEnumConstants();
    String names =
        Arrays.stream(constants).map(ValueType::enumText).collect(Collectors.joining(", "));
    return new ValueType<>(
        "enum",
        "one of " + names,
        text -> {
          String normalized = text.toUpperCase(Locale.ROOT).replace('-', '_');
          return Arrays.stream(constants)
              .filter(constant -> constant.name().equals(normalized))
              .findFirst()
              .orElse(null);
        },
        ValueType::enumText);
  }

  /** A decimal integer from {@code min} to {@code max}, both included. */
  static ValueType<Integer> integer(int min, int max) {
    return ranged(
        "integer",
        "an integer in " + min + ".." + max,
        text -> {
          Long value = parseLong(text);
          return value == null || value < Integer.MIN_VALUE || value > Integer.MAX_VALUE
              ? null
              : value.intValue();
        },
        String::valueOf,
        min,
        max);
  }

  /** A decimal integer from {@code min} to {@code max}, both included. */
  static ValueType<Long> longInteger(long min, long max) {
    return ranged(
        "integer",
        "an integer in " + min + ".." + max,
        ValueType::parseLong,
        String::valueOf,
        min,
        max);
  }

  /** A byte count, plain or with a 1024-based KB, MB, GB or TB suffix, within the bounds. */
  static ValueType<Long> size(long min, long max) {
    return ranged(
        "size",
        "a size in "
            + formatSize(min)
            + ".."
            + formatSize(max)
            + ": bytes, or a number with KB, MB, GB or TB",
        ValueType::parseSize,
        ValueType::formatSize,
        min,
        max);
  }

  /** A duration as ISO-8601 ({@code PT1S}) or a number with ms, s, m, h or d, within the bounds. */
  static ValueType<Duration> duration(Duration min, Duration max) {
    return ranged(
        "duration",
        "a duration in "
            + formatDuration(min)
            + ".."
            + formatDuration(max)
            + ": a number with ms, s, m, h or d, or ISO-8601 such as PT1S",
        ValueType::parseDuration,
        ValueType::formatDuration,
        min,
        max);
  }

  /** Any non-blank text the platform accepts as a path. */
  static ValueType<Path> path() {
    return new ValueType<>(
        "path",
        "a file path",
        text -> {
          if (text.isEmpty()) {
            return null;
          }
          try {
            return Path.of(text);
          } catch (InvalidPathException e) {
            return null;
          }
        },
        Path::toString);
  }

  /** An absolute {@code http} or {@code https} URL with a host. */
  static ValueType<URI> url() {
    return new ValueType<>(
        "url",
        "an absolute http:// or https:// URL with a host, such as http://localhost:4380/v1/records",
        text -> {
          try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = scheme.equals("http") || scheme.equals("https");
            return web && uri.getHost() != null ? uri : null;
          } catch (URISyntaxException e) {
            return null;
          }
        },
        URI::toString);
  }

  /** Any text, including none; for values whose meaning the component using them checks. */
  static ValueType<String> text(String allowed) {
    return new ValueType<>("text", allowed, text -> text, text -> text);
  }

  /** What kind of value this is: {@code boolean}, {@code enum}, {@code integer}, and so on. */
  String syntax() {
    return syntax;
  }

  /** What is accepted, phrased to complete "... is not allowed: expected ...". */
  String allowed() {
    return allowed;
  }

  /**
   * The value {@code text} denotes, or null when it is not allowed. {@code text} is already
   * trimmed.
   */
  T parse(String text) {
    return parser.apply(text);
  }

  /**
   * {@code value} written as a user would write it; parsing the result gives {@code value} back.
   */
  String format(T value) {
    return formatter.apply(value);
  }

  private static <T extends Comparable<? super T>> ValueType<T> ranged(
      String syntax,
      String allowed,
      Function<String, T> parser,
      Function<T, String> formatter,
      T min,
      T max) {
    return new ValueType<>(
        syntax,
        allowed,
        text -> {
          T value = parser.apply(text);
          return value == null || value.compareTo(min) < 0 || value.compareTo(max) > 0
              ? null
              : value;
        },
        formatter);
  }

  private static String enumText(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static Long parseLong(String text) {
    try {
      return Long.valueOf(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Long parseSize(String text) {
    Matcher matcher = SIZE.matcher(text);
    if (!matcher.matches()) {
      return null;
    }
    Long number = parseLong(matcher.group(1));
    if (number == null) {
      return null;
    }
    String unit = matcher.group(2);
    try {
      return unit == null ? number : Math.multiplyExact(number, bytesPer(unit));
    } catch (ArithmeticException e) {
      return null;
    }
  }

  private static long bytesPer(String unit) {
    return switch (unit.toUpperCase(Locale.ROOT)) {
      case "KB" -> 1L << 10;
      case "MB" -> 1L << 20;
      case "GB" -> 1L << 30;
      default -> 1L << 40;
    };
  }

  private static String formatSize(long bytes) {
    for (String unit : SIZE_UNITS) {
      long per = bytesPer(unit);
      if (bytes != 0 && bytes % per == 0) {
        return bytes / per + unit;
      }
    }
    return Long.toString(bytes);
  }

  private static Duration parseDuration(String text) {
    try {
      if (!text.isEmpty() && "Pp+-".indexOf(text.charAt(0)) >= 0) {
        return Duration.parse(text);
      }
      Matcher matcher = SHORT_DURATION.matcher(text);
      if (!matcher.matches()) {
        return null;
      }
      Long amount = parseLong(matcher.group(1));
      return amount == null ? null : Duration.of(amount, unit(matcher.group(2)));
    } catch (DateTimeParseException | ArithmeticException e) {
      return null;
    }
  }

  private static ChronoUnit unit(String suffix) {
    return switch (suffix.toLowerCase(Locale.ROOT)) {
      case "ms" -> ChronoUnit.MILLIS;
      case "s" -> ChronoUnit.SECONDS;
      case "m" -> ChronoUnit.MINUTES;
      case "h" -> ChronoUnit.HOURS;
      default -> ChronoUnit.DAYS;
    };
  }

  private static String formatDuration(Duration duration) {
    if (duration.isZero()) {
      return "0s";
    }
    if (duration.isNegative() || duration.getNano() % 1_000_000 != 0) {
      return duration.toString();
    }
    long millis = duration.toMillis();
    if (millis % 86_400_000 == 0) {
      return millis / 86_400_000 + "d";
    }
    if (millis % 3_600_000 == 0) {
      return millis / 3_600_000 + "h";
    }
    if (millis % 60_000 == 0) {
      return millis / 60_000 + "m";
    }
    if (millis % 1_000 == 0) {
      return millis / 1_000 + "s";
    }
    return millis + "ms";
  }
}
