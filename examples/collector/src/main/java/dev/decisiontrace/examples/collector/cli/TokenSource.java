package dev.decisiontrace.examples.collector.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the bearer token comes from: a file ({@code --token-file}) or the environment, never the
 * command line itself, where every user of the machine could read it in the process list.
 */
public final class TokenSource {

  /** The environment variable that may hold the token. */
  public static final String ENVIRONMENT_VARIABLE = "DECISIONTRACE_COLLECTOR_TOKEN";

  private TokenSource() {}

  /**
   * The token the collector requires, or {@code null} when it runs without one, which only {@code
   * --insecure-no-auth} allows.
   *
   * @param environment the process environment
   * @throws UsageException if no token is configured without {@code --insecure-no-auth}, if both
   *     sources or a token and {@code --insecure-no-auth} are given, or if the token is unreadable,
   *     empty or holds whitespace
   */
  public static String resolve(CollectorOptions options, Map<String, String> environment) throws UsageException {
    String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
    boolean inEnvironment = fromEnvironment != null && !fromEnvironment.isEmpty();
    if (options.tokenFile() != null && inEnvironment) {
      throw new UsageException(
          "both --token-file and " + ENVIRONMENT_VARIABLE + " are set; give the token once");
    }
    if (options.insecureNoAuth()) {
      if (options.tokenFile() != null || inEnvironment) {
        throw new UsageException("--insecure-no-auth contradicts the token that is configured; drop one");
      }
      return null;
    }
    if (options.tokenFile() != null) {
      return checked(read(options.tokenFile()), "the token in " + options.tokenFile());
    }
    if (inEnvironment) {
      return checked(fromEnvironment.strip(), ENVIRONMENT_VARIABLE);
    }
    throw new UsageException(
        "no token configured: pass --token-file FILE or set "
            + ENVIRONMENT_VARIABLE
            + " (or, to accept anyone, --insecure-no-auth)");
  }

  private static String read(Path file) throws UsageException {
    try {
      return Files.readString(file, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UsageException("cannot read the token file " + file.toAbsolutePath() + ": " + e);
    }
  }

  private static String checked(String token, String where) throws UsageException {
    if (token.isEmpty()) {
      throw new UsageException(where + " is empty");
    }
    if (token.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
      throw new UsageException(where + " holds whitespace or control characters; a bearer token is one word");
    }
    return token;
  }
}
