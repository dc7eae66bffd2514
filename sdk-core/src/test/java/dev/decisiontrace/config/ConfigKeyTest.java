package dev.decisiontrace.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.decisiontrace.model.TradingMode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfigKeyTest {

  private static final long MB = 1024 * 1024;

  @Test
  void defaultsAreTheDocumentedValues() {
    DecisionTraceConfig documented =
        new DecisionTraceConfig(
            true,
            TradingMode.LIVE,
            ExporterKind.FILE,
            Path.of("decisiontrace-out", "episodes.jsonl"),
            64 * MB,
            0,
            32_768,
            64 * MB,
            FullBufferPolicy.DROP_NEWEST,
            512,
            Duration.ofSeconds(1),
            Duration.ofSeconds(30),
            Duration.ofSeconds(10),
            true,
            Duration.ofMinutes(15),
            100_000,
            100_000,
            Duration.ofDays(30),
            new Limits(4096, 256, 64, 32, 64, 32, 256, 256, 8),
            new HttpSettings(
                java.net.URI.create("http://localhost:4380/v1/records"),
                "",
                Duration.ofSeconds(10),
                Duration.ofSeconds(30),
                Compression.GZIP,
                5,
                Duration.ofMillis(500),
                Duration.ofSeconds(30),
                ""),
            new OtlpSettings(java.net.URI.create("http://localhost:4318/v1/logs"), ""),
            new SpoolSettings(true, Path.of("decisiontrace-out", "spool"), 256 * MB, Duration.ofSeconds(30)));

    assertEquals(documented, DecisionTraceConfig.defaults());
  }

  @Test
  void defaultLimitsAreTheLimitsOfTheDefaultConfiguration() {
    assertEquals(Limits.DEFAULT, DecisionTraceConfig.defaults().limits());
  }

  @Test
  void everyDefaultIsAllowedByItsOwnKeyAndReadsBackFromItsText() {
    for (ConfigKey<?> key : ConfigKey.all()) {
      assertEquals(key.defaultValue(), key.parse(key.defaultText(), "test"), key.name());
    }
  }

  @Test
  void defaultTextIsWrittenAsAUserWouldWriteIt() {
    assertEquals("64MB", ConfigKey.BUFFER_MAX_BYTES.defaultText());
    assertEquals("15m", ConfigKey.EPISODE_MAX_OPEN_TIME.defaultText());
    assertEquals("drop-newest", ConfigKey.BUFFER_FULL_POLICY.defaultText());
  }

  @Test
  void environmentVariableIsTheKeyUpperCasedWithDotsAndHyphensAsUnderscores() {
    assertEquals(
        "DECISIONTRACE_BUFFER_MAX_RECORDS", ConfigKey.BUFFER_MAX_RECORDS.environmentVariable());
  }

  @Test
  void everyKeyHasItsOwnEnvironmentVariable() {
    long distinct = ConfigKey.all().stream().map(ConfigKey::environmentVariable).distinct().count();

    assertEquals(ConfigKey.all().size(), distinct);
  }

  @Test
  void everyKeyIsInTheDecisionTraceNamespace() {
    assertTrue(ConfigKey.all().stream().allMatch(key -> key.name().startsWith("decisiontrace.")));
  }

  @Test
  void registryHoldsOneKeyPerConfigurationValueAndOneForTheConfigFile() {
    int configValues =
        DecisionTraceConfig.class.getRecordComponents().length
            - 4
            + Limits.class.getRecordComponents().length
            + HttpSettings.class.getRecordComponents().length
            + OtlpSettings.class.getRecordComponents().length
            + SpoolSettings.class.getRecordComponents().length;

    assertEquals(configValues + 1, ConfigKey.all().size());
  }

  @Test
  void namedFindsAKeyByItsFullName() {
    assertEquals(Optional.of(ConfigKey.BATCH_DELAY), ConfigKey.named("decisiontrace.batch.delay"));
  }

  @Test
  void namedFindsNothingForAnUnknownName() {
    assertEquals(Optional.empty(), ConfigKey.named("decisiontrace.batch.dealy"));
  }
}
