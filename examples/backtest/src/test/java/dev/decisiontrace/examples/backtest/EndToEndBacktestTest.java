package dev.decisiontrace.examples.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dev.decisiontrace.examples.backtest.cli.Summary;
import dev.decisiontrace.examples.backtest.strategy.TrendPullbackParameters;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real backtest over the whole BTC-USD history, written by the real SDK to a JSON-lines file. */
class EndToEndBacktestTest {

  private static final String SCHEMA = "/dev/decisiontrace/wire/decisiontrace-records-v1.schema.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;

  private static RunReport report;
  private static List<JsonNode> records;

  @BeforeAll
  static void runTheWholeBtcHistory() throws Exception {
    Path output = dir.resolve("backtest-episodes.jsonl");
    report =
        new BacktestRun(MarketFiles.btcUsd4h(), EpisodeFile.given(output), "BTC-USD", TrendPullbackParameters.defaults())
            .execute();
    records = new ArrayList<>();
    for (String line : Files.readAllLines(output)) {
      records.add(JSON.readTree(line));
    }
  }

  @Test
  void runsTheWholeHistoryInSeconds() {
    assertEquals(20_695, report.result().bars());
    assertTrue(report.elapsed().compareTo(Duration.ofSeconds(30)) < 0, report.elapsed().toString());
  }

  @Test
  void aLongHistoryNeedsNoWarmUpNote() {
    assertEquals(199, report.warmUpBars());
    assertTrue(Summary.lines(report).stream().noneMatch(line -> line.startsWith("note:")));
  }

  @Test
  void dropsNothingAndWritesEveryRecordItExported() {
    assertEquals(0, report.metrics().droppedTotal(), report.metrics().dropped().toString());
    assertTrue(report.exportedInTime());
    assertEquals(report.metrics().recordsExported(), records.size());
  }

  @Test
  void everyLineIsAJsonObjectValidAgainstTheShippedSchema() throws IOException {
    Schema schema;
    try (InputStream in = EndToEndBacktestTest.class.getResourceAsStream(SCHEMA)) {
      // Formats (date-time, ...) asserted, not only annotated, as sdk-core's own schema tests do.
      SchemaRegistry registry =
          SchemaRegistry.withDefaultDialect(
              SpecificationVersion.DRAFT_2020_12,
              builder -> builder.schemaRegistryConfig(
                  SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
      schema = registry.getSchema(in);
    }
    for (JsonNode record : records) {
      List<Error> errors = schema.validate(record);
      assertEquals(List.of(), errors, record.toString());
    }
  }

  @Test
  void everyDecisionIsAnEpisodeWithEverythingResearchNeeds() {
    List<JsonNode> episodes = ofType("episode");
    assertEquals(report.episodes(), episodes.size());
    for (JsonNode episode : episodes) {
      String id = episode.get("episodeId").asText();
      assertTrue(episode.get("thesis").isObject(), id);
      assertTrue(episode.get("riskBudget").isObject(), id);
      assertTrue(episode.get("exitPlan").isObject(), id);
      assertTrue(episode.get("action").isObject(), id);
      assertTrue(episode.get("signals").size() >= 3, id);
      assertTrue(episode.get("alternatives").size() >= 1, id);
      assertTrue(episode.get("steps").size() >= 3, id);
    }
  }

  @Test
  void everyEntryEpisodeHasAnOutcomeLinkedToIt() {
    Set<String> withOutcome =
        ofType("outcome").stream()
            .filter(outcome -> outcome.hasNonNull("outcome"))
            .map(outcome -> outcome.get("episodeId").asText())
            .collect(Collectors.toSet());
    List<JsonNode> entries =
        ofType("episode").stream().filter(episode -> side(episode).equals("buy")).toList();

    assertEquals(report.result().trades().size() + report.result().cancelledOrders(), entries.size());
    for (JsonNode entry : entries) {
      assertTrue(withOutcome.contains(entry.get("episodeId").asText()), entry.toString());
    }
  }

  @Test
  void everyDecidedExitGetsItsFillByEpisodeId() {
    Set<String> filled =
        ofType("outcome").stream()
            .filter(outcome -> outcome.path("fills").size() > 0)
            .map(outcome -> outcome.get("episodeId").asText())
            .collect(Collectors.toSet());

    for (JsonNode exit : ofType("episode").stream().filter(episode -> side(episode).equals("close")).toList()) {
      assertTrue(filled.contains(exit.get("episodeId").asText()), exit.toString());
    }
  }

  private static List<JsonNode> ofType(String type) {
    return records.stream().filter(record -> type.equals(record.path("type").asText())).toList();
  }

  private static String side(JsonNode episode) {
    return episode.path("action").path("side").asText();
  }
}
