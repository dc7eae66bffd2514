package dev.decisiontrace.examples.collector.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.decisiontrace.examples.collector.support.WireLines;
import dev.decisiontrace.model.TraceRecord.RecordType;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LineParserTest {

  private static final Instant OPENED = Instant.parse("2025-01-06T12:00:00Z");

  private final LineParser parser = new LineParser(new ObjectMapper(), RecordValidator.load());

  private Rejection rejection(String text) {
    return assertInstanceOf(ParsedLine.Invalid.class, parser.parse(new Line(7, text))).rejection();
  }

  @Test
  void aValidEpisodeYieldsTheFieldsTheStoreIndexesAndTheLineUnchanged() {
    String line = WireLines.episode("rec-1", "ep-1", "trend", "BTC-USD", OPENED, "ord-1");

    var record = assertInstanceOf(ParsedLine.Valid.class, parser.parse(new Line(1, line))).record();

    assertEquals(RecordType.EPISODE, record.type());
    assertEquals("ord-1", record.orderId());
    assertEquals("trend", record.episode().strategy());
    assertEquals("paper", record.episode().mode());
    assertEquals("decided", record.episode().status());
    assertEquals(OPENED, record.episode().openedAt());
    assertEquals(line, record.json());
  }

  @Test
  void anOutcomeKnownByOrderIdKeepsItsNullEpisodeIdAndItsCloseTime() {
    String line = WireLines.outcomeForOrder("rec-2", "ord-1", OPENED.plusSeconds(60), 1.0);

    var record = assertInstanceOf(ParsedLine.Valid.class, parser.parse(new Line(1, line))).record();

    assertEquals(null, record.episodeId());
    assertEquals("ord-1", record.orderId());
    assertEquals(OPENED.plusSeconds(60), record.closedAt());
  }

  @Test
  void aRejectionCarriesTheLineNumberItWasGiven() {
    assertEquals(7, rejection("[]").line());
  }

  @Test
  void aLineWithThousandsOfErrorsGetsAReasonOfBoundedLength() {
    StringBuilder signals = new StringBuilder("[");
    for (int i = 0; i < 500; i++) {
      signals.append(i == 0 ? "" : ",").append("{\"value\":").append(i).append(",\"extra").append(i).append("\":1}");
    }
    String line =
        WireLines.episode("rec-1", "ep-1", "trend", "BTC-USD", OPENED, null)
            .replace("\"thesis\":", "\"signals\":" + signals + "],\"thesis\":");

    Rejection rejection = rejection(line);

    assertEquals(LineParser.MAX_REASON_LENGTH, rejection.reason().length());
    assertTrue(rejection.reason().startsWith("schema: $.signals[0]: "), rejection.reason());
    assertTrue(rejection.reason().endsWith("..."));
  }

  @Test
  void aRecordIdThatIsNotTextIsNotReportedAsTheRecordId() {
    assertEquals(null, rejection("{\"recordId\": 42}").recordId());
  }
}
