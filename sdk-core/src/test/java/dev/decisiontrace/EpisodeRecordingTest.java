package dev.decisiontrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.decisiontrace.model.Action;
import dev.decisiontrace.model.Direction;
import dev.decisiontrace.model.EpisodeRecord;
import dev.decisiontrace.model.EpisodeStatus;
import dev.decisiontrace.model.ExitPlan;
import dev.decisiontrace.model.MarketSnapshot;
import dev.decisiontrace.model.PortfolioState;
import dev.decisiontrace.model.RiskBudget;
import dev.decisiontrace.model.Side;
import dev.decisiontrace.model.SignalValue;
import dev.decisiontrace.model.Step;
import dev.decisiontrace.model.TradingMode;
import dev.decisiontrace.testing.CapturingExporter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EpisodeRecordingTest {

  private static final Duration WAIT = Duration.ofSeconds(10);

  private final CapturingExporter exporter = CapturingExporter.open();
  private final DecisionTrace trace =
      DecisionTrace.builder().exporter(exporter).shutdownHook(false).build();

  @AfterEach
  void close() {
    trace.close();
  }

  @Test
  void closingAnEpisodeShipsEveryPartOfTheDecision() {
    Instant barTime = Instant.parse("2024-03-01T08:00:00Z");
    String episodeId;
    try (Episode episode =
        trace.episode("trend-pullback").version("1.2").instrument("BTC-USD").mode(TradingMode.BACKTEST)
            .openedAt(barTime).tag("pullback").open()) {
      episodeId = episode.id();
      episode
          .market(new MarketSnapshot(65_000.0, 64_990.0, 65_010.0, 1_234.5, List.of("uptrend")))
          .portfolio(new PortfolioState(100_000.0, 100_000.0, 0.0, 0.0))
          .thesis("Pull-back in an uptrend", Direction.LONG, 0.7)
          .signal("rsi14", 28.5)
          .signal("trend", true)
          .signal("regime", "calm")
          .signal("atrPct", 0.021, 0.5, "atr14")
          .alternative("buy full size", "volatility above cap")
          .riskBudget(new RiskBudget(1_000.0, 0.5, 1.0, 1_300.0))
          .exitPlan(new ExitPlan(67_600.0, 63_700.0, "trail 2 ATR", Duration.ofDays(3)))
          .attribute("bar", 1234L)
          .action(Action.market(Side.BUY, 0.25, "bt-1"), barTime.plusSeconds(1));
      try (StepScope step = episode.step("sizing")) {
        step.input("atr", 1_300.0).output(0.25).reasoning("risk 1% of equity over a 2 ATR stop");
      }
    }

    assertTrue(trace.flush(WAIT));
    EpisodeRecord record = exporter.episodes().get(0);
    assertEquals(episodeId, record.episodeId());
    assertEquals("trend-pullback", record.strategy().name());
    assertEquals("1.2", record.strategy().version());
    assertEquals("BTC-USD", record.instrument());
    assertEquals(TradingMode.BACKTEST, record.mode());
    assertEquals(EpisodeStatus.DECIDED, record.status());
    assertEquals(barTime, record.openedAt());
    assertEquals(barTime.plusSeconds(1), record.decidedAt());
    assertEquals(List.of("pullback"), record.tags());
    assertEquals(Map.of("bar", 1234L), record.attributes());
    assertEquals(65_000.0, record.context().market().price());
    assertEquals(Direction.LONG, record.thesis().direction());
    assertEquals(4, record.signals().size());
    assertEquals(new SignalValue.Numeric(28.5), record.signals().get(0).value());
    assertEquals(SignalValue.of(true), record.signals().get(1).value());
    assertEquals(new SignalValue.Text("calm"), record.signals().get(2).value());
    assertEquals(0.5, record.signals().get(3).weight());
    assertEquals("atr14", record.signals().get(3).source());
    assertEquals("volatility above cap", record.alternatives().get(0).reason());
    assertEquals(1_300.0, record.riskBudget().stopDistance());
    assertEquals(Duration.ofDays(3), record.exitPlan().timeExit());
    assertEquals("bt-1", record.action().orderId());
    Step step = record.steps().get(0);
    assertEquals("sizing", step.name());
    assertEquals(Map.of("atr", 1_300.0), step.inputs());
    assertEquals(0.25, step.output());
    assertNotNull(step.duration());
    assertFalse(step.startedAt().isBefore(barTime));
    assertTrue(record.quality().isEmpty(), () -> "unexpected quality issues " + record.quality());
    assertNotNull(record.recordId());
  }

  @Test
  void anEpisodeIsCurrentOnItsThreadUntilClosed() {
    try (Episode episode = trace.openEpisode("s", "ETH-USD")) {
      assertTrue(Episode.current() == episode);
      Episode.current().signal("fromNestedCode", 1.0);
    }
    assertFalse(Episode.current().isRecording());
    trace.flush(WAIT);
    assertEquals("fromNestedCode", exporter.episodes().get(0).signals().get(0).name());
  }

  @Test
  void nestedEpisodesRestoreTheOuterOneWhenTheInnerCloses() {
    try (Episode outer = trace.openEpisode("outer", null)) {
      try (Episode inner = trace.openEpisode("inner", null)) {
        assertTrue(Episode.current() == inner);
      }
      assertTrue(Episode.current() == outer);
    }
  }

  @Test
  void episodeIdsAreUniqueAndOrderedByOpeningTime() {
    String previous = "";
    for (int i = 0; i < 1_000; i++) {
      try (Episode episode = trace.openEpisode("s", null)) {
        assertTrue(episode.id().compareTo(previous) > 0 || episode.id().substring(0, 13).equals(previous.substring(0, 13)),
            "ids sort by time to the millisecond");
        previous = episode.id();
      }
    }
    trace.flush(WAIT);
    assertEquals(1_000, exporter.episodes().stream().map(EpisodeRecord::episodeId).distinct().count());
  }

  @Test
  void aSignalGivenWholeKeepsItsObservationTimeAndSource() {
    Instant observed = Instant.parse("2024-03-01T07:59:00Z");
    try (Episode episode = trace.openEpisode("s", null)) {
      episode.signal("plain", 1.0)
          .signal(new dev.decisiontrace.model.Signal("funding", SignalValue.of(-0.01), 0.2, "exchange", observed))
          .signal(new dev.decisiontrace.model.Signal("unknown", null, null, null, null));
    }
    trace.flush(WAIT);
    List<dev.decisiontrace.model.Signal> signals = exporter.episodes().get(0).signals();
    assertNull(signals.get(0).observedAt());
    assertEquals(new dev.decisiontrace.model.Signal("funding", SignalValue.of(-0.01), 0.2, "exchange", observed), signals.get(1));
    assertNull(signals.get(2).value());
  }

  @Test
  void wholeNumberStepInputsStayWholeNumbers() {
    try (Episode episode = trace.openEpisode("s", null)) {
      episode.step("count").input("bars", 30).close();
    }
    trace.flush(WAIT);
    assertEquals(30L, exporter.episodes().get(0).steps().get(0).inputs().get("bars"));
  }

  @Test
  void aStepNeverClosedShipsWithoutADuration() {
    try (Episode episode = trace.openEpisode("s", null)) {
      episode.step("forgotten").reasoning("never closed");
    }
    trace.flush(WAIT);
    Step step = exporter.episodes().get(0).steps().get(0);
    assertEquals("never closed", step.reasoning());
    assertNull(step.duration());
  }

  @Test
  void feedbackIsShippedAsItsOwnRecord() {
    trace.recordFeedback("0190-episode", new dev.decisiontrace.model.Feedback("rater-1", 1, "-1..1", "sizing", List.of("good-sizing"), "tight stop"));
    trace.flush(WAIT);
    assertEquals("0190-episode", exporter.feedback().get(0).episodeId());
    assertEquals("sizing", exporter.feedback().get(0).feedback().stepName());
  }

  @Test
  void aDisabledInstanceRecordsNothingAndHandsOutNoOpHandles() {
    DecisionTrace disabled = DecisionTrace.builder().enabled(false).build();
    Episode episode = disabled.openEpisode("s", "X");
    assertFalse(episode.isRecording());
    assertEquals("", episode.id());
    episode.signal("x", 1).close();
    assertEquals(0, disabled.metrics().recordsRecorded());
  }
}
