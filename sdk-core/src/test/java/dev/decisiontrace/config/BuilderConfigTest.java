package dev.decisiontrace.config;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.decisiontrace.DecisionTrace;
import dev.decisiontrace.DecisionTraceBuilder;
import dev.decisiontrace.model.TradingMode;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** How {@link DecisionTraceBuilder} hands its values to the configuration. */
class BuilderConfigTest {

  @Test
  void settingAKeyTwiceFailsNamingTheEarlierValue() {
    DecisionTraceBuilder builder = DecisionTrace.builder().bufferMaxRecords(1000);

    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> builder.set("decisiontrace.buffer.max-records", "2000"));

    assertEquals("decisiontrace.buffer.max-records was already set to '1000'", e.getMessage());
  }

  @Test
  void invalidValueFailsAtTheSetterThatSetsIt() {
    DecisionTraceBuilder builder = DecisionTrace.builder();

    ConfigurationException e =
        assertThrows(ConfigurationException.class, () -> builder.bufferMaxRecords(8));

    assertEquals(
        "Invalid configuration: decisiontrace.buffer.max-records='8' (from builder):"
            + " an integer in 16..10000000",
        e.getMessage());
  }

  @Test
  void unknownKeyFailsAtSetSuggestingTheClosestKey() {
    DecisionTraceBuilder builder = DecisionTrace.builder();

    ConfigurationException e =
        assertThrows(
            ConfigurationException.class, () -> builder.set("decisiontrace.batch.maxsize", "10"));

    assertEquals(
        "Invalid configuration: unknown key decisiontrace.batch.maxsize (from builder);"
            + " did you mean decisiontrace.batch.max-size?",
        e.getMessage());
  }

  @Test
  void everyTypedSetterWritesAValueTheConfigurationAccepts() {
    assertDoesNotThrow(
        () ->
            DecisionTrace.builder()
                .enabled(false)
                .mode(TradingMode.BACKTEST)
                .exporter(ExporterKind.LOGGING)
                .filePath(Path.of("out", "run.jsonl"))
                .bufferMaxRecords(1000)
                .bufferMaxBytes(1 << 20)
                .fullBufferPolicy(FullBufferPolicy.DROP_OLDEST)
                .batchMaxSize(100)
                .batchDelay(Duration.ofMillis(1500))
                .exportTimeout(Duration.ofSeconds(5))
                .shutdownTimeout(Duration.ZERO)
                .shutdownHook(false)
                .episodeMaxOpenTime(Duration.ofHours(1))
                .fileMaxBytes(1 << 30)
                .fileMaxFiles(10)
                .episodeMaxOpen(50)
                .outcomeLookupMaxSize(0)
                .outcomeLookupExpiry(Duration.ofDays(7))
                .configFile(Path.of("conf", "decisiontrace.properties")));
  }
}
