package dev.decisiontrace.examples.collector;

import dev.decisiontrace.examples.collector.cli.CollectorOptions;
import dev.decisiontrace.examples.collector.cli.TokenSource;
import dev.decisiontrace.examples.collector.cli.UsageException;
import dev.decisiontrace.examples.collector.http.BearerAuth;
import dev.decisiontrace.examples.collector.http.ServerSettings;
import dev.decisiontrace.examples.collector.store.StoreException;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.util.Map;

/**
 * The collector's command line: starts the collector and serves until the process is stopped
 * (Ctrl-C or SIGTERM), then lets requests in progress finish briefly and closes the database. Run with
 * {@code --help} for the options.
 *
 * <p>Exit status: 0 after {@code --help} or a clean stop, 1 if the database or the port cannot be
 * used, 2 for a wrong command line or token configuration. Errors are one line on standard error.
 */
public final class CollectorMain {

  static final int OK = 0;
  static final int FAILED = 1;
  static final int USAGE = 2;

  private CollectorMain() {}

  public static void main(String[] args) {
    int status = run(args, System.getenv(), System.out, System.err);
    if (status != OK) {
      System.exit(status);
    }
  }

  /**
   * Runs the command line. On success the collector keeps serving after this returns (the server's
   * threads keep the JVM alive) until the JVM shuts down, when a shutdown hook closes it.
   */
  static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
    CollectorOptions options;
    String token;
    try {
      options = CollectorOptions.parse(args);
      if (options.help()) {
        out.println(CollectorOptions.USAGE);
        return OK;
      }
      token = TokenSource.resolve(options, environment);
    } catch (UsageException e) {
      err.println("error: " + e.getMessage() + " (see --help)");
      return USAGE;
    }
    ServerSettings settings =
        new ServerSettings(
            new InetSocketAddress(options.bind(), options.port()),
            options.threads(),
            options.maxBodyBytes(),
            token == null ? BearerAuth.none() : BearerAuth.requiring(token));
    Collector collector;
    try {
      collector = Collector.start(options.database(), settings);
    } catch (StoreException e) {
      err.println("error: " + e.getMessage());
      return FAILED;
    } catch (IOException e) {
      err.println("error: cannot listen on " + options.bind() + ":" + options.port() + ": " + e.getMessage());
      return FAILED;
    }
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  collector.close();
                  out.println("decisiontrace-collector stopped");
                },
                "collector-shutdown"));
    if (token == null) {
      err.println(
          "WARNING: --insecure-no-auth: no token is required, anyone who can reach "
              + collector.baseUri()
              + " can write and read every episode");
    }
    out.println("decisiontrace-collector listening on " + collector.baseUri() + "/v1/records");
    out.println("database: " + collector.databaseFile());
    out.println("auth: " + (token == null ? "NONE (--insecure-no-auth)" : "bearer token required"));
    return OK;
  }
}
