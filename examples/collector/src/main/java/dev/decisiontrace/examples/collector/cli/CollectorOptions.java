package dev.decisiontrace.examples.collector.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The command line of the collector, parsed. Options take their value as the next argument or after
 * {@code =}; each may be given once; {@code --help} anywhere wins over everything else.
 *
 * @param bind the address to listen on
 * @param port the TCP port; 0 picks a free one
 * @param database the SQLite file
 * @param tokenFile the file holding the bearer token, or {@code null}
 * @param insecureNoAuth whether to run without any token
 * @param maxBodyBytes the largest request body, received and decompressed
 * @param threads request handler threads
 * @param help whether {@code --help} was asked for; nothing else is done then
 */
public record CollectorOptions(
    String bind,
    int port,
    Path database,
    Path tokenFile,
    boolean insecureNoAuth,
    int maxBodyBytes,
    int threads,
    boolean help) {

  public static final String DEFAULT_BIND = "127.0.0.1";
  public static final int DEFAULT_PORT = 4380;
  public static final Path DEFAULT_DATABASE = Path.of("collector.db");
  public static final int DEFAULT_MAX_BODY_BYTES = 16 * 1024 * 1024;
  public static final int DEFAULT_THREADS = 8;

  private static final int MAX_MAX_BODY_BYTES = 1024 * 1024 * 1024;
  private static final int MAX_THREADS = 256;
  private static final Set<String> OPTIONS_WITH_VALUE =
      Set.of("--bind", "--port", "--db", "--token-file", "--max-body-bytes", "--threads");

  public static final String USAGE =
      String.join(
          System.lineSeparator(),
          "usage: java -jar decisiontrace-collector.jar [options]",
          "",
          "Receives DecisionTrace records over HTTP (POST /v1/records), stores them in SQLite and",
          "serves the merged episodes (GET /v1/episodes, GET /v1/episodes/{id}).",
          "",
          "options:",
          "  --port N             TCP port (default: " + DEFAULT_PORT + "; 0 picks a free one)",
          "  --bind ADDRESS       address to listen on (default: " + DEFAULT_BIND + "; 0.0.0.0 for all)",
          "  --db FILE            SQLite database, created if missing (default: " + DEFAULT_DATABASE + ")",
          "  --token-file FILE    file holding the bearer token clients must send; or set the",
          "                       environment variable " + TokenSource.ENVIRONMENT_VARIABLE,
          "  --insecure-no-auth   run without a token: anyone who reaches the port can read and write",
          "  --max-body-bytes N   largest request body, received and decompressed (default: "
              + DEFAULT_MAX_BODY_BYTES + ")",
          "  --threads N          request handler threads (default: " + DEFAULT_THREADS + ")",
          "  --help               print this help and exit");

  /**
   * Parses {@code args}.
   *
   * @throws UsageException naming the first problem: an unknown option, a missing or invalid value, a
   *     repeated option
   */
  public static CollectorOptions parse(String... args) throws UsageException {
    List<String> arguments = Arrays.asList(args);
    if (arguments.contains("--help") || arguments.contains("-h")) {
      return new CollectorOptions(
          DEFAULT_BIND, DEFAULT_PORT, DEFAULT_DATABASE, null, false, DEFAULT_MAX_BODY_BYTES, DEFAULT_THREADS, true);
    }
    String bind = DEFAULT_BIND;
    int port = DEFAULT_PORT;
    Path database = DEFAULT_DATABASE;
    Path tokenFile = null;
    boolean insecureNoAuth = false;
    int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
    int threads = DEFAULT_THREADS;
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      int equals = arg.indexOf('=');
      String option = arg.startsWith("--") && equals > 0 ? arg.substring(0, equals) : arg;
      if (!seen.add(option)) {
        throw new UsageException(option + " is given more than once");
      }
      String value;
      if (equals > 0 && option.length() < arg.length()) {
        value = arg.substring(equals + 1);
      } else if (i + 1 < args.length && OPTIONS_WITH_VALUE.contains(option) && !args[i + 1].startsWith("--")) {
        value = args[++i];
      } else {
        value = null;
      }
      switch (option) {
        case "--bind" -> bind = required(option, value);
        case "--port" -> port = integer(option, value, 0, 65_535);
        case "--db" -> database = Path.of(required(option, value));
        case "--token-file" -> tokenFile = Path.of(required(option, value));
        case "--insecure-no-auth" -> insecureNoAuth = flag(option, value);
        case "--max-body-bytes" -> maxBodyBytes = integer(option, value, 1, MAX_MAX_BODY_BYTES);
        case "--threads" -> threads = integer(option, value, 1, MAX_THREADS);
        default ->
            throw new UsageException(
                (arg.startsWith("-") ? "unknown option: " : "unexpected argument: ") + arg);
      }
    }
    return new CollectorOptions(bind, port, database, tokenFile, insecureNoAuth, maxBodyBytes, threads, false);
  }

  private static String required(String option, String value) throws UsageException {
    if (value == null || value.isBlank()) {
      throw new UsageException(option + " needs a value");
    }
    return value;
  }

  private static boolean flag(String option, String value) throws UsageException {
    if (value != null) {
      throw new UsageException(option + " takes no value, was given '" + value + "'");
    }
    return true;
  }

  private static int integer(String option, String value, int min, int max) throws UsageException {
    String text = required(option, value);
    try {
      int parsed = Integer.parseInt(text);
      if (parsed >= min && parsed <= max) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // Reported below, with the value as given.
    }
    throw new UsageException(option + " must be a whole number from " + min + " to " + max + ", was '" + text + "'");
  }
}
