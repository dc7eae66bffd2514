package dev.decisiontrace.export.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.decisiontrace.export.ExportResult;
import dev.decisiontrace.model.EpisodeRecord;
import dev.decisiontrace.model.EpisodeStatus;
import dev.decisiontrace.model.StrategyRef;
import dev.decisiontrace.model.TraceRecord;
import dev.decisiontrace.model.TradingMode;
import dev.decisiontrace.wire.RecordJsonEncoder;
import dev.decisiontrace.wire.SchemaValidator;
import dev.decisiontrace.wire.TestRecords;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;

class LoggingExporterTest {

  private final CapturingLogger logger = new CapturingLogger(LoggingExporter.LOGGER_NAME);
  private final LoggingExporter exporter = new LoggingExporter(logger);
  private final RecordJsonEncoder encoder = new RecordJsonEncoder();

  @Test
  void eachRecordIsOneInfoEventWhoseMessageIsItsJsonLine() {
    List<TraceRecord> batch =
        List.of(TestRecords.fullEpisode(), TestRecords.fullOutcome(), TestRecords.fullFeedback());

    ExportResult result = exporter.export(batch);

    assertTrue(result.isSuccess());
    assertEquals(batch.stream().map(encoder::toJson).toList(), logger.messages(Level.INFO));
    assertEquals(3, logger.events().size());
    logger.messages(Level.INFO).forEach(SchemaValidator.records()::assertValid);
  }

  @Test
  void bracesInRecordValuesAreNotTakenForPlaceholders() {
    EpisodeRecord record =
        new EpisodeRecord(
            "r",
            "e",
            new StrategyRef("{}", null),
            null,
            TradingMode.LIVE,
            EpisodeStatus.DECIDED,
            TestRecords.OPENED,
            null,
            null,
            Map.of("k", "{} {}"),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            TestRecords.EMITTED);

    exporter.export(List.of(record));

    assertEquals(List.of(encoder.toJson(record)), logger.messages(Level.INFO));
  }

  @Test
  void withInfoDisabledTheExportFailsSoTheRecordsAreCountedAsDroppedNotExported() {
    CapturingLogger quiet = new CapturingLogger(LoggingExporter.LOGGER_NAME, Level.WARN);

    ExportResult result = new LoggingExporter(quiet).export(List.of(TestRecords.fullEpisode()));

    assertTrue(result.isDone());
    assertEquals(false, result.isSuccess());
    assertEquals(
        "logger 'dev.decisiontrace.records' is not enabled at INFO, so records cannot be logged;"
            + " enable it, or choose another decisiontrace.exporter",
        result.failure().getMessage());
    assertEquals(List.of(), quiet.events());
  }

  @Test
  void aLoggingBackendThatThrowsFailsTheExportInsteadOfThrowing() {
    IllegalStateException broken = new IllegalStateException("appender broken");
    LegacyAbstractLogger throwing =
        new LegacyAbstractLogger() {
          @Override
          public boolean isTraceEnabled() {
            return true;
          }

          @Override
          public boolean isDebugEnabled() {
            return true;
          }

          @Override
          public boolean isInfoEnabled() {
            return true;
          }

          @Override
          public boolean isWarnEnabled() {
            return true;
          }

          @Override
          public boolean isErrorEnabled() {
            return true;
          }

          @Override
          protected String getFullyQualifiedCallerName() {
            return null;
          }

          @Override
          protected void handleNormalizedLoggingCall(
              Level level, Marker marker, String pattern, Object[] arguments, Throwable throwable) {
            throw broken;
          }
        };

    ExportResult result = new LoggingExporter(throwing).export(List.of(TestRecords.fullEpisode()));

    assertFalse(result.isSuccess());
    assertSame(broken, result.failure());
  }

  @Test
  void aNullRecordFailsTheExportInsteadOfThrowing() {
    ExportResult result = exporter.export(Arrays.asList(TestRecords.minimalFeedback(), null));

    assertFalse(result.isSuccess());
    assertInstanceOf(NullPointerException.class, result.failure());
    assertEquals(1, logger.messages(Level.INFO).size());
  }

  @Test
  void exportAfterShutdownFailsCleanly() {
    assertTrue(exporter.shutdown().isSuccess());

    ExportResult result = exporter.export(List.of(TestRecords.fullEpisode()));

    assertFalse(result.isSuccess());
    assertEquals("exporter is shut down: logging", result.failure().getMessage());
    assertEquals(List.of(), logger.events());
  }

  @Test
  void flushSucceeds() {
    assertTrue(exporter.flush().isSuccess());
  }

  @Test
  void theDefaultConstructorLogsThroughTheConfiguredBackend() {
    assertTrue(new LoggingExporter().export(List.of(TestRecords.minimalFeedback())).isSuccess());
  }
}
