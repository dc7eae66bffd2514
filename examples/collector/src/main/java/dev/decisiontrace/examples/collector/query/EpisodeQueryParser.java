package dev.decisiontrace.examples.collector.query;

import static dev.decisiontrace.examples.collector.UntrustedText.neutralise;

import dev.decisiontrace.model.EpisodeStatus;
import java.math.BigInteger;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the parameters of {@code GET /v1/episodes} into an {@link EpisodeQuery}. Unknown names are
 * refused rather than ignored, so that a misspelt filter does not silently list everything.
 */
public final class EpisodeQueryParser {

  /** The parameter names understood. */
  public static final Set<String> NAMES =
      Set.of("strategy", "instrument", "status", "from", "to", "limit", "cursor");

  private static final String STATUSES =
      Arrays.stream(EpisodeStatus.values())
          .map(status -> status.name().toLowerCase(Locale.ROOT))
          .collect(Collectors.joining(", "));

  private EpisodeQueryParser() {}

  /**
   * The query for {@code parameters} (decoded names and values).
   *
   * @throws InvalidQueryException naming the first parameter that is unknown, empty or invalid
   */
  public static EpisodeQuery parse(Map<String, String> parameters) throws InvalidQueryException {
    for (Map.Entry<String, String> parameter : parameters.entrySet()) {
      if (!NAMES.contains(parameter.getKey())) {
        throw new InvalidQueryException(
            "unknown parameter '" + neutralise(parameter.getKey()) + "'; known: " + String.join(", ", sorted(NAMES)));
      }
      if (parameter.getValue().isEmpty()) {
        throw new InvalidQueryException("parameter '" + neutralise(parameter.getKey()) + "' has no value");
      }
    }
    Instant from = instant("from", parameters.get("from"));
    Instant to = instant("to", parameters.get("to"));
    if (from != null && to != null && from.isAfter(to)) {
      throw new InvalidQueryException("from " + from + " is after to " + to);
    }
    return new EpisodeQuery(
        parameters.get("strategy"),
        parameters.get("instrument"),
        status(parameters.get("status")),
        from,
        to,
        limit(parameters.get("limit")),
        cursor(parameters.get("cursor")));
  }

  private static EpisodeStatus status(String value) throws InvalidQueryException {
    if (value == null) {
      return null;
    }
    for (EpisodeStatus status : EpisodeStatus.values()) {
      if (status.name().toLowerCase(Locale.ROOT).equals(value)) {
        return status;
      }
    }
    throw new InvalidQueryException("status must be one of " + STATUSES + ", was '" + neutralise(value) + "'");
  }

  private static Instant instant(String name, String value) throws InvalidQueryException {
    if (value == null) {
      return null;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidQueryException(
          name + " must be an ISO-8601 instant such as 2024-03-15T14:30:00Z, was '" + neutralise(value) + "'");
    }
  }

  private static int limit(String value) throws InvalidQueryException {
    if (value == null) {
      return EpisodeQuery.DEFAULT_LIMIT;
    }
    if (value.matches("[0-9]+")) {
      BigInteger limit = new BigInteger(value);
      if (limit.signum() > 0) {
        return limit.min(BigInteger.valueOf(EpisodeQuery.MAX_LIMIT)).intValue();
      }
    }
    throw new InvalidQueryException("limit must be a whole number of at least 1, was '" + neutralise(value) + "'");
  }

  private static PageCursor cursor(String value) throws InvalidQueryException {
    if (value == null) {
      return null;
    }
    try {
      return PageCursor.decode(value);
    } catch (IllegalArgumentException e) {
      throw new InvalidQueryException(e.getMessage());
    }
  }

  private static List<String> sorted(Set<String> names) {
    return names.stream().sorted().toList();
  }
}
