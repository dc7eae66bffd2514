package dev.decisiontrace;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.decisiontrace.metrics.DropReason;
import dev.decisiontrace.model.Action;
import dev.decisiontrace.model.Direction;
import dev.decisiontrace.model.EpisodeRecord;
import dev.decisiontrace.model.MarketSnapshot;
import dev.decisiontrace.model.QualityIssue;
import dev.decisiontrace.model.QualityIssue.Kind;
import dev.decisiontrace.model.RiskBudget;
import dev.decisiontrace.model.Side;
import dev.decisiontrace.model.Thesis;
import dev.decisiontrace.testing.CapturingExporter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every kind of bad input has one documented outcome, and none of them reaches the strategy. */
class BadInputTest {

  private final CapturingExporter exporter = CapturingExporter.open();
  private final DecisionTrace trace =
      DecisionTrace.builder()
          .exporter(exporter)
          .shutdownHook(false)
          .set("decisiontrace.limits.max-string-length", "64")
          .set("decisiontrace.limits.max-signals", "10")
          .set("decisiontrace.limits.max-steps", "3")
          .build();

  @AfterEach
  void close() {
    trace.close();
  }

  private EpisodeRecord record(Consumer<Episode> recording) {
    assertDoesNotThrow(
        () -> {
          try (Episode episode = trace.openEpisode("bad-input", "X")) {
            recording.accept(episode);
          }
        });
    assertTrue(trace.flush(Duration.ofSeconds(10)));
    List<EpisodeRecord> episodes = exporter.episodes();
    return episodes.get(episodes.size() - 1);
  }

  private static QualityIssue issue(EpisodeRecord record, String field) {
    return record.quality().stream()
        .filter(issue -> issue.field().equals(field))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no issue for " + field + " in " + record.quality()));
  }

  @Test
  void aNanSignalIsKeptWithANullValueAndFlagged() {
    EpisodeRecord record = record(episode -> episode.signal("rsi", Double.NaN));
    assertEquals("rsi", record.signals().get(0).name());
    assertNull(record.signals().get(0).value());
    assertEquals(new QualityIssue("signals[0].value", Kind.NON_FINITE, "NaN"), issue(record, "signals[0].value"));
    assertEquals(1, trace.metrics().qualityIssues(Kind.NON_FINITE));
  }

  @Test
  void infiniteNumbersInsidePartsBecomeNullAndAreFlagged() {
    EpisodeRecord record =
        record(
            episode ->
                episode
                    .market(new MarketSnapshot(Double.POSITIVE_INFINITY, null, null, null, List.of()))
                    .riskBudget(new RiskBudget(Double.NEGATIVE_INFINITY, 1.0, null, null))
                    .action(new Action(Side.BUY, Double.NaN, null, null, null)));
    assertNull(record.context().market().price());
    assertNull(record.riskBudget().maxLoss());
    assertEquals(1.0, record.riskBudget().positionLimit());
    assertNull(record.action().quantity());
    assertEquals(Kind.NON_FINITE, issue(record, "context.market.price").kind());
    assertEquals("-Infinity", issue(record, "riskBudget.maxLoss").detail());
    assertEquals(Kind.NON_FINITE, issue(record, "action.quantity").kind());
  }

  @Test
  void aConvictionOutsideZeroToOneIsKeptAndFlaggedOutOfRange() {
    EpisodeRecord record = record(episode -> episode.thesis("t", Direction.LONG, 3.0));
    assertEquals(3.0, record.thesis().conviction());
    assertEquals(Kind.OUT_OF_RANGE, issue(record, "thesis.conviction").kind());
  }

  @Test
  void nullAndBlankSignalNamesDropTheSignalAndAreCounted() {
    EpisodeRecord record =
        record(episode -> episode.signal(null, 1.0).signal("  ", true).signal("kept", "yes"));
    assertEquals(1, record.signals().size());
    assertEquals("kept", record.signals().get(0).name());
    assertEquals(2, record.quality().stream().filter(i -> i.kind() == Kind.INVALID_NAME).count());
    assertEquals(2, trace.metrics().qualityIssues(Kind.INVALID_NAME));
  }

  @Test
  void aBlankStrategyNameIsRecordedAsUnnamed() {
    try (Episode episode = trace.openEpisode(" ", null)) {
      episode.signal("x", 1);
    }
    trace.flush(Duration.ofSeconds(10));
    EpisodeRecord record = exporter.episodes().get(0);
    assertEquals("unnamed", record.strategy().name());
    assertEquals(Kind.INVALID_NAME, issue(record, "strategy.name").kind());
  }

  @Test
  void stringsOverTheLimitAreCutAndFlaggedWithTheirLength() {
    String huge = "x".repeat(100_000);
    EpisodeRecord record =
        record(episode -> episode.thesis(new Thesis(huge, Direction.SHORT, 0.5, null, null)).signal("note", huge));
    assertEquals(64, record.thesis().statement().length());
    assertEquals("100000 chars, kept 64", issue(record, "thesis.statement").detail());
    assertEquals(64, ((dev.decisiontrace.model.SignalValue.Text) record.signals().get(0).value()).value().length());
    assertEquals(Kind.TRUNCATED, issue(record, "signals[0].value").kind());
  }

  @Test
  void aStringCutInsideAStepIsReportedAtTheStepsWirePath() {
    EpisodeRecord record =
        record(
            episode -> {
              episode.step("first").close();
              try (StepScope step = episode.step("second")) {
                step.input("note", "n".repeat(100)).reasoning("r".repeat(100));
              }
            });
    assertEquals(Kind.TRUNCATED, issue(record, "steps[1].inputs.note").kind());
    assertEquals(Kind.TRUNCATED, issue(record, "steps[1].reasoning").kind());
  }

  @Test
  void cuttingAStringNeverSplitsASurrogatePair() {
    String emoji = "a".repeat(63) + "\uD83D\uDE00";
    EpisodeRecord record = record(episode -> episode.signal("s", emoji));
    String kept = ((dev.decisiontrace.model.SignalValue.Text) record.signals().get(0).value()).value();
    assertEquals(63, kept.length());
  }

  @Test
  void signalsPastTheCapAreDroppedAndTheCountIsReported() {
    EpisodeRecord record =
        record(
            episode -> {
              for (int i = 0; i < 5_000; i++) {
                episode.signal("s" + i, i);
              }
            });
    assertEquals(10, record.signals().size());
    assertEquals("s9", record.signals().get(9).name());
    assertEquals("5000 offered, kept 10", issue(record, "signals").detail());
  }

  @Test
  void stepsPastTheCapAreDroppedAndTheCountIsReported() {
    EpisodeRecord record =
        record(
            episode -> {
              for (int i = 0; i < 5; i++) {
                episode.step("step" + i).close();
              }
            });
    assertEquals(3, record.steps().size());
    assertEquals("5 offered, kept 3", issue(record, "steps").detail());
  }

  @Test
  void anAttributeWhoseToStringThrowsIsWrittenAsNullAndFlagged() {
    Object hostile =
        new Object() {
          @Override
          public String toString() {
            throw new IllegalStateException("boom");
          }
        };
    EpisodeRecord record = record(episode -> episode.attribute("hostile", hostile).attribute("fine", "ok"));
    assertTrue(record.attributes().containsKey("hostile"));
    assertNull(record.attributes().get("hostile"));
    assertEquals("ok", record.attributes().get("fine"));
    assertEquals(Kind.UNSERIALIZABLE, issue(record, "attributes.hostile").kind());
  }

  @Test
  void nestedAttributeValuesBecomeJsonSafeTreesWithinTheLimits() {
    List<Object> cyclic = new ArrayList<>();
    cyclic.add(cyclic);
    EpisodeRecord record =
        record(
            episode ->
                episode
                    .attribute("nested", Map.of("levels", List.of(1, 2.5, "three", Direction.LONG, new int[] {4, 5})))
                    .attribute("cyclic", cyclic)
                    .attribute("nan", Double.NaN));
    assertEquals(
        Map.of("levels", List.of(1, 2.5, "three", "LONG", List.of(4, 5))), record.attributes().get("nested"));
    assertEquals(Kind.LIMIT_EXCEEDED, issue(record, "attributes.cyclic" + "[0]".repeat(8)).kind());
    assertNull(record.attributes().get("nan"));
  }

  @Test
  void callsAfterCloseAreIgnoredAndCounted() {
    Episode episode = trace.openEpisode("s", null);
    episode.close();
    assertDoesNotThrow(() -> episode.signal("late", 1).thesis("late", Direction.LONG, 1).close());
    trace.flush(Duration.ofSeconds(10));
    assertTrue(exporter.episodes().get(0).signals().isEmpty());
    assertEquals(2, trace.metrics().qualityIssues(Kind.AFTER_CLOSE));
  }

  @Test
  void feedbackWithoutAnEpisodeIdOrARaterIsDroppedAndCountedAsInvalid() {
    trace.recordFeedback(null, new dev.decisiontrace.model.Feedback("r", 1, "1..5", null, null, null));
    trace.recordFeedback("e", null);
    trace.recordFeedback("e", new dev.decisiontrace.model.Feedback(" ", 1, "1..5", null, null, null));
    assertEquals(3, trace.metrics().dropped(DropReason.INVALID_RECORD));
  }

  @Test
  void anActionWithoutASideIsDroppedAndFlagged() {
    EpisodeRecord record = record(episode -> episode.action(new Action(null, 1.0, null, null, "o")));
    assertNull(record.action());
    assertEquals(Kind.INVALID_NAME, issue(record, "action.side").kind());
  }

  @Test
  void aFillWithoutTimeOrSideIsDroppedAndFlaggedOnTheOutcome() {
    trace.outcomeForEpisode("e")
        .fill(new dev.decisiontrace.model.Fill(null, Side.BUY, 1, 1, null, null))
        .fill(new dev.decisiontrace.model.Fill(java.time.Instant.EPOCH, Side.SELL, 1, 1, null, null))
        .record();
    assertTrue(trace.flush(Duration.ofSeconds(10)));
    dev.decisiontrace.model.OutcomeRecord outcome = exporter.outcomes().get(0);
    assertEquals(1, outcome.fills().size());
    assertEquals(Kind.INVALID_NAME, outcome.quality().get(0).kind());
  }

  @Test
  void nullPartsAreSimplyAbsent() {
    EpisodeRecord record =
        record(
            episode ->
                episode.thesis(null).market(null).riskBudget(null).exitPlan(null).action(null).attribute("k", (Object) null));
    assertNull(record.thesis());
    assertNull(record.context());
    assertNull(record.action());
    assertTrue(record.attributes().containsKey("k"));
    assertTrue(record.quality().isEmpty());
  }
}
