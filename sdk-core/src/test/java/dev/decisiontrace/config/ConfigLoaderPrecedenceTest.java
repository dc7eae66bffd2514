package dev.decisiontrace.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.decisiontrace.model.TradingMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which source wins, and where the properties file is found. */
class ConfigLoaderPrecedenceTest {

  private static final String RECORDS = "decisiontrace.buffer.max-records";
  private static final String RECORDS_VARIABLE = "DECISIONTRACE_BUFFER_MAX_RECORDS";

  @TempDir Path workingDir;

  @Test
  void builderValueOverridesSystemProperty() {
    ResolvedConfig resolved = resolve(Map.of(RECORDS, "1000"), Map.of(RECORDS, "2000"), Map.of());

    assertEquals(1000, resolved.config().bufferMaxRecords());
    assertEquals("builder", resolved.entry(ConfigKey.BUFFER_MAX_RECORDS).source());
  }

  @Test
  void systemPropertyOverridesEnvironmentVariable() {
    ResolvedConfig resolved =
        resolve(Map.of(), Map.of(RECORDS, "2000"), Map.of(RECORDS_VARIABLE, "3000"));

    assertEquals(2000, resolved.config().bufferMaxRecords());
    assertEquals("system property", resolved.entry(ConfigKey.BUFFER_MAX_RECORDS).source());
  }

  @Test
  void environmentVariableOverridesPropertiesFile() throws IOException {
    writeDefaultFile(RECORDS + "=4000");

    ResolvedConfig resolved = resolve(Map.of(), Map.of(), Map.of(RECORDS_VARIABLE, "3000"));

    assertEquals(3000, resolved.config().bufferMaxRecords());
    assertEquals(
        "environment variable " + RECORDS_VARIABLE,
        resolved.entry(ConfigKey.BUFFER_MAX_RECORDS).source());
  }

  @Test
  void propertiesFileOverridesDefault() throws IOException {
    Path file = writeDefaultFile("# tuned for the backtest box", RECORDS + "=4000");

    ResolvedConfig resolved = resolve(Map.of(), Map.of(), Map.of());

    assertEquals(4000, resolved.config().bufferMaxRecords());
    assertEquals(
        "properties file " + file + " (line 2)",
        resolved.entry(ConfigKey.BUFFER_MAX_RECORDS).source());
  }

  @Test
  void keyNoSourceSetsTakesItsDefault() {
    ResolvedConfig resolved = resolve(Map.of(), Map.of(), Map.of());

    assertEquals(DecisionTraceConfig.defaults(), resolved.config());
    assertEquals("default", resolved.entry(ConfigKey.BUFFER_MAX_RECORDS).source());
  }

  @Test
  void everyKindOfValueReachesTheConfiguration() {
    ResolvedConfig resolved =
        resolve(
            Map.of(
                "decisiontrace.mode", "paper",
                "decisiontrace.batch.delay", "PT0.25S",
                "decisiontrace.limits.max-signals", "10"),
            Map.of("decisiontrace.file.max-bytes", "1GB", "decisiontrace.enabled", "FALSE"),
            Map.of("DECISIONTRACE_FILE_PATH", "/var/trace/out.jsonl"));

    DecisionTraceConfig config = resolved.config();
    assertEquals(TradingMode.PAPER, config.mode());
    assertEquals(Duration.ofMillis(250), config.batchDelay());
    assertEquals(10, config.limits().maxSignals());
    assertEquals(1L << 30, config.fileMaxBytes());
    assertEquals(false, config.enabled());
    assertEquals(Path.of("/var/trace/out.jsonl"), config.filePath());
  }

  @Test
  void environmentVariableSetToTheEmptyStringCountsAsUnset() {
    ResolvedConfig resolved = resolve(Map.of(), Map.of(), Map.of(RECORDS_VARIABLE, ""));

    assertEquals(32_768, resolved.config().bufferMaxRecords());
  }

  @Test
  void keysOutsideTheDecisionTraceNamespaceAreIgnored() throws IOException {
    writeDefaultFile("server.port=8080", RECORDS + "=4000");

    ResolvedConfig resolved =
        resolve(
            Map.of(),
            Map.of("java.version", "17", "decisiontraceX", "1"),
            Map.of("PATH", "/usr/bin", "DECISIONTRACE", "1"));

    assertEquals(4000, resolved.config().bufferMaxRecords());
    assertEquals(List.of(), resolved.warnings());
  }

  @Test
  void configFileFromSystemPropertyIsReadRelativeToTheWorkingDirectory() throws IOException {
    Files.createDirectories(workingDir.resolve("conf"));
    Files.write(workingDir.resolve("conf/trace.properties"), List.of(RECORDS + "=5000"));

    ResolvedConfig resolved =
        resolve(Map.of(), Map.of("decisiontrace.config.file", "conf/trace.properties"), Map.of());

    assertEquals(5000, resolved.config().bufferMaxRecords());
  }

  @Test
  void configFileFromEnvironmentVariableIsRead() throws IOException {
    Path file = workingDir.resolve("trace.properties");
    Files.write(file, List.of(RECORDS + "=5000"));

    ResolvedConfig resolved =
        resolve(Map.of(), Map.of(), Map.of("DECISIONTRACE_CONFIG_FILE", file.toString()));

    assertEquals(5000, resolved.config().bufferMaxRecords());
  }

  @Test
  void configFileFromBuilderOverridesTheOneFromSystemProperty() throws IOException {
    Files.write(workingDir.resolve("builder.properties"), List.of(RECORDS + "=6000"));
    Files.write(workingDir.resolve("system.properties"), List.of(RECORDS + "=7000"));

    ResolvedConfig resolved =
        resolve(
            Map.of("decisiontrace.config.file", "builder.properties"),
            Map.of("decisiontrace.config.file", "system.properties"),
            Map.of());

    assertEquals(6000, resolved.config().bufferMaxRecords());
  }

  @Test
  void configuredFileReplacesTheDefaultFile() throws IOException {
    writeDefaultFile(RECORDS + "=4000", "decisiontrace.batch.max-size=16");
    Files.write(workingDir.resolve("other.properties"), List.of(RECORDS + "=5000"));

    ResolvedConfig resolved =
        resolve(Map.of(), Map.of("decisiontrace.config.file", "other.properties"), Map.of());

    assertEquals(5000, resolved.config().bufferMaxRecords());
    assertEquals(512, resolved.config().batchMaxSize());
  }

  @Test
  void propertiesFileFollowsJavaPropertiesSyntax() throws IOException {
    writeDefaultFile(
        "! separators may be ':' or whitespace, and values may continue on the next line",
        "decisiontrace.mode : backtest",
        "decisiontrace.file.path   out/run\\",
        "    -1.jsonl",
        "decisiontrace.batch.delay=250ms");

    DecisionTraceConfig config = resolve(Map.of(), Map.of(), Map.of()).config();

    assertEquals(TradingMode.BACKTEST, config.mode());
    assertEquals(Path.of("out/run-1.jsonl"), config.filePath());
    assertEquals(Duration.ofMillis(250), config.batchDelay());
  }

  private ResolvedConfig resolve(
      Map<String, String> builder, Map<String, String> system, Map<String, String> environment) {
    return ConfigLoader.resolve(builder, system, environment, workingDir);
  }

  private Path writeDefaultFile(String... lines) throws IOException {
    return Files.write(workingDir.resolve("decisiontrace.properties"), List.of(lines));
  }
}
