package dev.decisiontrace.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the loader rejects, and the exact words it uses. */
class ConfigLoaderErrorsTest {

  @TempDir Path workingDir;

  @Test
  void invalidSystemPropertyNamesKeyValueSourceAndWhatIsAllowed() {
    ConfigurationException e =
        assertThrows(
            ConfigurationException.class,
            () -> resolve(Map.of(), Map.of("decisiontrace.buffer.max-records", "8"), Map.of()));

    assertEquals(
        "Invalid configuration: decisiontrace.buffer.max-records='8' (from system property):"
            + " an integer in 16..10000000",
        e.getMessage());
  }

  @Test
  void invalidEnvironmentVariableNamesTheVariable() {
    ConfigurationException e =
        assertThrows(
            ConfigurationException.class,
            () -> resolve(Map.of(), Map.of(), Map.of("DECISIONTRACE_BUFFER_MAX_RECORDS", "lots")));

    assertEquals("environment variable DECISIONTRACE_BUFFER_MAX_RECORDS", e.source());
  }

  @Test
  void invalidValueInThePropertiesFileNamesFileAndLine() throws IOException {
    Path file =
        writeDefaultFile(
            "# export settings",
            "decisiontrace.exporter = \\",
            "    logging",
            "decisiontrace.batch.delay=soon");

    ConfigurationException e =
        assertThrows(ConfigurationException.class, () -> resolve(Map.of(), Map.of(), Map.of()));

    assertEquals(
        "Invalid configuration: decisiontrace.batch.delay='soon' (from properties file "
            + file
            + " (line 4)): a duration in 1ms..1h: a number with ms, s, m, h or d, or ISO-8601 such as PT1S",
        e.getMessage());
  }

  @Test
  void unknownKeyCloseToAKnownOneFailsSuggestingIt() {
    ConfigurationException e =
        assertThrows(
            ConfigurationException.class,
            () -> resolve(Map.of(), Map.of("decisiontrace.bufer.max-records", "100"), Map.of()));

    assertEquals(
        "Invalid configuration: unknown key decisiontrace.bufer.max-records (from system property);"
            + " did you mean decisiontrace.buffer.max-records?",
        e.getMessage());
  }

  @Test
  void unknownKeyFarFromEveryKnownOneFailsWithoutSuggestion() {
    ConfigurationException e =
        assertThrows(
            ConfigurationException.class,
            () -> resolve(Map.of("decisiontrace.colour", "blue"), Map.of(), Map.of()));

    assertEquals(
        "Invalid configuration: unknown key decisiontrace.colour (from builder)", e.getMessage());
  }

  @Test
  void unknownKeyDoesNotEchoItsValue() {
    ConfigurationException e =
        assertThrows(
            ConfigurationException.class,
            () -> resolve(Map.of(), Map.of("decisiontrace.api-kye", "s3cr3t"), Map.of()));

    assertNull(e.value());
  }

  @Test
  void unknownKeyInThePropertiesFileNamesItsLine() throws IOException {
    Path file = writeDefaultFile("decisiontrace.mode=paper", "decisiontrace.moed=live");

    ConfigurationException e =
        assertThrows(ConfigurationException.class, () -> resolve(Map.of(), Map.of(), Map.of()));

    assertEquals("properties file " + file + " (line 2)", e.source());
    assertEquals("did you mean decisiontrace.mode?", e.allowed());
  }

  @Test
  void unknownEnvironmentVariableOnlyWarnsNamingTheClosestKnownOne() {
    ResolvedConfig resolved =
        resolve(Map.of(), Map.of(), Map.of("DECISIONTRACE_BUFER_MAX_RECORDS", "100"));

    assertEquals(DecisionTraceConfig.defaults(), resolved.config());
    assertEquals(
        List.of(
            "Ignoring environment variable DECISIONTRACE_BUFER_MAX_RECORDS: no such DecisionTrace"
                + " key; did you mean DECISIONTRACE_BUFFER_MAX_RECORDS?"),
        resolved.warnings());
  }

  @Test
  void eachUnknownEnvironmentVariableGetsItsOwnWarning() {
    ResolvedConfig resolved =
        resolve(
            Map.of(),
            Map.of(),
            Map.of("DECISIONTRACE_HOME", "/opt/dt", "DECISIONTRACE_AGENT_RULES", "rules.yaml"));

    assertEquals(
        List.of(
            "Ignoring environment variable DECISIONTRACE_AGENT_RULES: no such DecisionTrace key",
            "Ignoring environment variable DECISIONTRACE_HOME: no such DecisionTrace key"),
        resolved.warnings());
  }

  @Test
  void configuredFileThatDoesNotExistFailsNamingItsPath() {
    ConfigurationException e =
        assertThrows(
            ConfigurationException.class,
            () ->
                resolve(
                    Map.of(), Map.of("decisiontrace.config.file", "missing.properties"), Map.of()));

    assertEquals(
        "Invalid configuration: decisiontrace.config.file='missing.properties' (from system"
            + " property): an existing properties file; "
            + workingDir.resolve("missing.properties")
            + " does not exist",
        e.getMessage());
  }

  @Test
  void configFileCannotBeSetInsideThePropertiesFile() throws IOException {
    writeDefaultFile("decisiontrace.config.file=other.properties");

    ConfigurationException e =
        assertThrows(ConfigurationException.class, () -> resolve(Map.of(), Map.of(), Map.of()));

    assertEquals(
        "not settable in the properties file; set it on the builder, as a system property or as"
            + " DECISIONTRACE_CONFIG_FILE",
        e.allowed());
  }

  @Test
  void keySetTwiceInThePropertiesFileFailsNamingBothLines() throws IOException {
    Path file =
        writeDefaultFile(
            "decisiontrace.batch.max-size=100", "", "decisiontrace.batch.max-size=200");

    ConfigurationException e =
        assertThrows(ConfigurationException.class, () -> resolve(Map.of(), Map.of(), Map.of()));

    assertEquals("properties file " + file + " (line 3)", e.source());
    assertEquals("one value per key; line 1 already sets it", e.allowed());
  }

  @Test
  void unreadablePropertiesFileFailsNamingItsPath() throws IOException {
    Path directory = Files.createDirectory(workingDir.resolve("decisiontrace.properties"));

    ConfigurationException e =
        assertThrows(ConfigurationException.class, () -> resolve(Map.of(), Map.of(), Map.of()));

    assertEquals("decisiontrace.config.file", e.key());
    assertEquals("default", e.source());
    assertEquals(
        true,
        e.allowed()
            .startsWith("a readable UTF-8 properties file; reading " + directory + " failed: "));
  }

  @Test
  void batchLargerThanBufferFailsNamingBothKeysAndValues() {
    ConfigurationException e =
        assertThrows(
            ConfigurationException.class,
            () ->
                resolve(
                    Map.of("decisiontrace.batch.max-size", "1000"),
                    Map.of("decisiontrace.buffer.max-records", "100"),
                    Map.of()));

    assertEquals(
        "Invalid configuration: decisiontrace.batch.max-size='1000' (from builder): at most"
            + " decisiontrace.buffer.max-records, which is 100 (from system property)",
        e.getMessage());
  }

  @Test
  void aBufferSmallerThanTheDefaultBatchCapsTheBatchInsteadOfFailing() {
    ResolvedConfig resolved = resolve(Map.of("decisiontrace.buffer.max-records", "100"), Map.of(), Map.of());

    assertEquals(100, resolved.config().batchMaxSize());
    assertEquals(
        "default, capped at decisiontrace.buffer.max-records",
        resolved.entry(ConfigKey.BATCH_MAX_SIZE).source());
  }

  @Test
  void batchEqualToBufferIsAllowed() {
    DecisionTraceConfig config =
        resolve(
                Map.of(
                    "decisiontrace.batch.max-size",
                    "100",
                    "decisiontrace.buffer.max-records",
                    "100"),
                Map.of(),
                Map.of())
            .config();

    assertEquals(100, config.batchMaxSize());
  }

  @Test
  void invalidValueOverriddenByAHigherSourceIsStillRejected() {
    ConfigurationException e =
        assertThrows(
            ConfigurationException.class,
            () ->
                resolve(
                    Map.of("decisiontrace.batch.delay", "2s"),
                    Map.of("decisiontrace.batch.delay", "2 seconds"),
                    Map.of()));

    assertEquals("system property", e.source());
  }

  @Test
  void firstErrorByPrecedenceIsReportedWhenSeveralSourcesAreBad() {
    ConfigurationException e =
        assertThrows(
            ConfigurationException.class,
            () ->
                resolve(
                    Map.of("decisiontrace.exporter", "kafka"),
                    Map.of("decisiontrace.batch.delay", "soon"),
                    Map.of("DECISIONTRACE_ENABLED", "yes")));

    assertEquals("decisiontrace.exporter", e.key());
  }

  @Test
  void firstErrorWithinOneSourceIsTheFirstByName() {
    Map<String, String> system = new LinkedHashMap<>();
    system.put("decisiontrace.mode", "real");
    system.put("decisiontrace.batch.delay", "soon");

    ConfigurationException e =
        assertThrows(ConfigurationException.class, () -> resolve(Map.of(), system, Map.of()));

    assertEquals("decisiontrace.batch.delay", e.key());
  }

  private ResolvedConfig resolve(
      Map<String, String> builder, Map<String, String> system, Map<String, String> environment) {
    return ConfigLoader.resolve(builder, system, environment, workingDir);
  }

  private Path writeDefaultFile(String... lines) throws IOException {
    return Files.write(workingDir.resolve("decisiontrace.properties"), List.of(lines));
  }
}
