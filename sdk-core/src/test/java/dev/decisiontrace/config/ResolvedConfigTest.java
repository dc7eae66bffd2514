package dev.decisiontrace.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResolvedConfigTest {

  @TempDir Path workingDir;

  @Test
  void describeNamesEachValueNotAtItsDefaultWithItsSourceInKeyOrder() {
    Map<String, String> builder = new LinkedHashMap<>();
    builder.put("decisiontrace.batch.delay", "PT2S");
    builder.put("decisiontrace.mode", "PAPER");

    ResolvedConfig resolved =
        ConfigLoader.resolve(
            builder, Map.of("decisiontrace.buffer.max-bytes", "1048576"), Map.of(), workingDir);

    assertEquals(
        "DecisionTrace configuration: decisiontrace.mode=paper (from builder),"
            + " decisiontrace.buffer.max-bytes=1MB (from system property),"
            + " decisiontrace.batch.delay=2s (from builder); every other key at its default",
        resolved.describe());
  }

  @Test
  void describeSaysSoWhenEveryKeyIsAtItsDefault() {
    ResolvedConfig resolved = ConfigLoader.resolve(Map.of(), Map.of(), Map.of(), workingDir);

    assertEquals("DecisionTrace configuration: every key at its default", resolved.describe());
  }

  @Test
  void entriesListEveryKeyInRegistryOrder() {
    ResolvedConfig resolved = ConfigLoader.resolve(Map.of(), Map.of(), Map.of(), workingDir);

    List<ConfigKey<?>> keys = resolved.entries().stream().map(ResolvedConfig.Entry::key).toList();
    assertEquals(ConfigKey.all(), keys);
  }

  @Test
  void entryShowsTheValueAsAUserWouldWriteIt() {
    ResolvedConfig resolved =
        ConfigLoader.resolve(
            Map.of("decisiontrace.episode.max-open-time", "PT2H"), Map.of(), Map.of(), workingDir);

    assertEquals(
        "decisiontrace.episode.max-open-time=2h (from builder)",
        resolved.entry(ConfigKey.EPISODE_MAX_OPEN_TIME).toString());
  }
}
