package dev.decisiontrace.examples.backtest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@link BacktestMain} in a child JVM, as a user would run the jar: environment variables, system
 * properties and the working directory are the real ones DecisionTrace reads, which a test cannot set
 * in its own JVM. The child inherits no {@code DECISIONTRACE_*} variable from the build.
 */
final class ExampleProcess {

  private static final long TIMEOUT_SECONDS = 120;

  /** What the run printed, and its exit status. */
  record Result(int status, String out, String err) {

    List<String> outLines() {
      return out.lines().toList();
    }

    String lastLine() {
      List<String> lines = outLines();
      return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }
  }

  private final Path workingDir;
  private final List<String> systemProperties = new ArrayList<>();
  private final Map<String, String> environment = new HashMap<>();

  ExampleProcess(Path workingDir) {
    this.workingDir = workingDir;
  }

  /** Adds {@code -Dname=value} before the main class. */
  ExampleProcess systemProperty(String name, String value) {
    systemProperties.add("-D" + name + "=" + value);
    return this;
  }

  ExampleProcess environment(String name, String value) {
    environment.put(name, value);
    return this;
  }

  Result run(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(systemProperties);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(BacktestMain.class.getName());
    command.addAll(List.of(args));
    Path out = Files.createTempFile("backtest-out", ".txt");
    Path err = Files.createTempFile("backtest-err", ".txt");
    try {
      ProcessBuilder builder =
          new ProcessBuilder(command).directory(workingDir.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
      builder.environment().keySet().removeIf(name -> name.startsWith("DECISIONTRACE_"));
      builder.environment().putAll(environment);
      Process process = builder.start();
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("the backtest did not end within " + TIMEOUT_SECONDS + " s: " + command);
      }
      return new Result(
          process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.delete(out);
      Files.delete(err);
    }
  }
}
