package dev.decisiontrace.examples.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example leaves DecisionTrace's configuration to the SDK's documented sources: system properties,
 * environment variables and decisiontrace.properties in the working directory. Each test is a real run
 * over the AAPL daily file (one episode) in a child JVM whose working directory is a fresh one.
 */
class ConfigurationSourcesTest {

  private static final String AAPL = MarketFiles.aaplDaily().toString();

  @TempDir Path dir;

  @Test
  void withoutConfigurationTheEpisodesGoToTheExamplesDefaultFile() throws Exception {
    ExampleProcess.Result result = example().run("--data", AAPL);

    Path file = dir.resolve("decisiontrace-out").resolve("backtest-episodes.jsonl");
    assertEquals(0, result.status(), result.err());
    assertEquals("output: " + file, result.lastLine());
    assertTrue(Files.size(file) > 0);
  }

  @Test
  void aFilePathSetAsASystemPropertyIsWhereTheEpisodesGo() throws Exception {
    ExampleProcess.Result result =
        example().systemProperty("decisiontrace.file.path", "custom/episodes.jsonl").run("--data", AAPL);

    assertWrittenOnlyTo(dir.resolve("custom").resolve("episodes.jsonl"), result);
  }

  @Test
  void aFilePathInTheEnvironmentIsWhereTheEpisodesGo() throws Exception {
    ExampleProcess.Result result =
        example().environment("DECISIONTRACE_FILE_PATH", "from-env.jsonl").run("--data", AAPL);

    assertWrittenOnlyTo(dir.resolve("from-env.jsonl"), result);
  }

  @Test
  void aFilePathInDecisiontracePropertiesIsWhereTheEpisodesGo() throws Exception {
    Files.writeString(dir.resolve("decisiontrace.properties"), "decisiontrace.file.path=from-file.jsonl\n");

    ExampleProcess.Result result = example().run("--data", AAPL);

    assertWrittenOnlyTo(dir.resolve("from-file.jsonl"), result);
  }

  @Test
  void outputOnTheCommandLineWinsOverAConfiguredFilePath() throws Exception {
    ExampleProcess.Result result =
        example()
            .systemProperty("decisiontrace.file.path", "configured.jsonl")
            .run("--data", AAPL, "--output", "asked.jsonl");

    assertWrittenOnlyTo(dir.resolve("asked.jsonl"), result);
    assertFalse(Files.exists(dir.resolve("configured.jsonl")));
  }

  @Test
  void theLoggingExporterFromTheEnvironmentWritesNoFileAndSaysSo() throws Exception {
    Path earlier = Files.writeString(
        Files.createDirectory(dir.resolve("decisiontrace-out")).resolve("backtest-episodes.jsonl"), "an earlier run\n");

    ExampleProcess.Result result = example().environment("DECISIONTRACE_EXPORTER", "logging").run("--data", AAPL);

    assertEquals(0, result.status(), result.err());
    assertEquals("output: none (decisiontrace.exporter=logging)", result.lastLine());
    assertEquals("an earlier run\n", Files.readString(earlier));
  }

  @Test
  void theNoneExporterAsASystemPropertyWritesNoFile() throws Exception {
    ExampleProcess.Result result =
        example().systemProperty("decisiontrace.exporter", "none").run("--data", AAPL, "--output", "asked.jsonl");

    assertEquals(0, result.status(), result.err());
    assertEquals("output: none (decisiontrace.exporter=none)", result.lastLine());
    assertFalse(Files.exists(dir.resolve("asked.jsonl")));
  }

  @Test
  void disabledRecordingWritesNoFileAndSaysSo() throws Exception {
    ExampleProcess.Result result = example().systemProperty("decisiontrace.enabled", "false").run("--data", AAPL);

    assertEquals(0, result.status(), result.err());
    assertEquals("output: none (decisiontrace.enabled=false)", result.lastLine());
    assertFalse(Files.exists(dir.resolve("decisiontrace-out")));
  }

  @Test
  void anInvalidConfiguredValueIsOneLineAndStatusOne() throws Exception {
    ExampleProcess.Result result = example().systemProperty("decisiontrace.exporter", "kafka").run("--data", AAPL);

    assertEquals(1, result.status());
    assertEquals(
        "error: Invalid configuration: decisiontrace.exporter='kafka' (from system property): one of file, logging,"
            + " none, http, otlp" + System.lineSeparator(),
        result.err());
    assertEquals("", result.out());
  }

  private ExampleProcess example() {
    return new ExampleProcess(dir);
  }

  private void assertWrittenOnlyTo(Path file, ExampleProcess.Result result) throws Exception {
    assertEquals(0, result.status(), result.err());
    assertEquals("output: " + file, result.lastLine());
    assertTrue(Files.size(file) > 0, file.toString());
    assertFalse(Files.exists(dir.resolve("decisiontrace-out")));
  }
}
