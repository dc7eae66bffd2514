package dev.decisiontrace.examples.collector.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A real JVM, started as a user starts one, whose standard output and error go to files the test
 * reads. The SDK's log goes to its standard error (not to this module's test log file), and it
 * inherits no {@code DECISIONTRACE_*} variable from the build, only those given. Closing it kills
 * it if it still runs, so that no child outlives its test.
 */
public final class ChildJvm implements AutoCloseable {

  private final List<String> command;
  private final Process process;
  private final Path out;
  private final Path err;

  private ChildJvm(List<String> command, Process process, Path out, Path err) {
    this.command = command;
    this.process = process;
    this.out = out;
    this.err = err;
  }

  /** Runs {@code java <options> -cp <this JVM's class path> <main> <args>}. */
  public static ChildJvm main(
      Path workingDir, Map<String, String> environment, List<String> options, Class<?> main, String... args)
      throws IOException {
    List<String> arguments = new ArrayList<>(options);
    arguments.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
    arguments.addAll(List.of(args));
    return start(workingDir, environment, arguments);
  }

  /** Runs {@code java <options> -jar <jar> <args>}. */
  public static ChildJvm jar(
      Path workingDir, Map<String, String> environment, List<String> options, Path jar, String... args)
      throws IOException {
    List<String> arguments = new ArrayList<>(options);
    arguments.add("-jar");
    arguments.add(jar.toString());
    arguments.addAll(List.of(args));
    return start(workingDir, environment, arguments);
  }

  private static ChildJvm start(Path workingDir, Map<String, String> environment, List<String> arguments)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Dorg.slf4j.simpleLogger.logFile=System.err");
    command.addAll(arguments);
    Path out = Files.createTempFile(workingDir, "child-", ".out");
    Path err = out.resolveSibling(out.getFileName().toString().replace(".out", ".err"));
    ProcessBuilder builder =
        new ProcessBuilder(command).directory(workingDir.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().keySet().removeIf(name -> name.startsWith("DECISIONTRACE_"));
    builder.environment().putAll(environment);
    return new ChildJvm(command, builder.start(), out, err);
  }

  /**
   * The first complete line of standard output that starts with {@code prefix}.
   *
   * @throws AssertionError if none was printed within {@code timeout}, or the child ended first
   */
  public String awaitLine(String prefix, Duration timeout) throws InterruptedException {
    Await.until(
        timeout,
        "a line starting with '" + prefix + "' from " + command,
        () -> line(prefix).isPresent() || !process.isAlive(),
        this::describe);
    return line(prefix).orElseThrow(() -> new AssertionError("the child ended without printing '" + prefix + "': " + describe()));
  }

  private Optional<String> line(String prefix) {
    String printed = stdout();
    String complete = printed.substring(0, printed.lastIndexOf('\n') + 1);
    return complete.lines().filter(line -> line.startsWith(prefix)).findFirst();
  }

  /**
   * Waits for the child to end by itself.
   *
   * @return its exit status
   * @throws AssertionError if it still ran after {@code timeout} (it is then killed)
   */
  public int awaitExit(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("still running after " + timeout + ", killed: " + describe());
    }
    return process.exitValue();
  }

  /**
   * Kills the child with SIGKILL (on Linux): no shutdown hook, no finally block, no flush runs.
   *
   * @return its exit status, 137 (128 + SIGKILL's 9) for a JVM killed that way
   */
  public int kill(Duration timeout) throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new AssertionError("still running " + timeout + " after SIGKILL: " + describe());
    }
    return process.exitValue();
  }

  /** Everything it printed on standard output so far. */
  public String stdout() {
    return read(out);
  }

  /** Everything it printed on standard error so far: the SDK's log among it. */
  public String stderr() {
    return read(err);
  }

  /** The command, and what it printed: for failure messages. */
  public String describe() {
    return command + (process.isAlive() ? " (running)" : " (exit " + process.exitValue() + ")")
        + "\n--- stdout ---\n" + stdout() + "--- stderr ---\n" + stderr();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
