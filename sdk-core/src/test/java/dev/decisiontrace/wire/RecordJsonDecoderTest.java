package dev.decisiontrace.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.decisiontrace.model.EpisodeRecord;
import dev.decisiontrace.model.FeedbackRecord;
import dev.decisiontrace.model.SignalValue;
import dev.decisiontrace.model.TraceRecord;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RecordJsonDecoderTest {

  private final RecordJsonEncoder encoder = new RecordJsonEncoder();
  private final RecordJsonDecoder decoder = new RecordJsonDecoder();

  static Stream<TraceRecord> recordsWithJsonNativeValues() {
    return Stream.of(
        TestRecords.fullEpisode(),
        TestRecords.minimalEpisode(),
        TestRecords.episode(42),
        TestRecords.fullOutcome(),
        TestRecords.outcomeByOrderId(),
        TestRecords.fullFeedback(),
        TestRecords.minimalFeedback());
  }

  @ParameterizedTest
  @MethodSource("recordsWithJsonNativeValues")
  void decodingAnEncodedRecordGivesAnEqualRecord(TraceRecord record) throws IOException {
    assertEquals(record, decoder.decode(encoder.encode(record)));
  }

  @Test
  void aLineWithItsTerminatorDecodes() throws IOException {
    TraceRecord record = TestRecords.fullFeedback();

    assertEquals(record, decoder.decode(encoder.toJson(record) + "\n"));
  }

  @Test
  void decodingThenEncodingNonFiniteValuesGivesTheSameLine() throws IOException {
    String line = encoder.toJson(TestRecords.episodeWithNonFiniteValues());

    assertEquals(line, encoder.toJson(decoder.decode(line)));
  }

  @Test
  void aNullNumberDecodesAsNaN() throws IOException {
    EpisodeRecord episode =
        (EpisodeRecord) decoder.decode(encoder.encode(TestRecords.episodeWithNonFiniteValues()));

    assertEquals(Double.NaN, episode.thesis().conviction());
    assertEquals(SignalValue.of(Double.NaN), episode.signals().get(0).value());
  }

  @Test
  void aNullScoreDecodesAsNaN() throws IOException {
    String line =
        "{\"schemaVersion\":\"1.0\",\"type\":\"feedback\",\"recordId\":\"r\",\"episodeId\":\"e\","
            + "\"emittedAt\":\"2024-03-15T14:30:01Z\",\"feedback\":{\"rater\":\"x\",\"score\":null}}";

    assertEquals(Double.NaN, ((FeedbackRecord) decoder.decode(line)).feedback().score());
  }

  @Test
  void freeFormNumbersDecodeAsTheSmallestFittingJavaType() throws IOException {
    String line =
        "{\"schemaVersion\":\"1.0\",\"type\":\"episode\",\"recordId\":\"r\",\"episodeId\":\"e\","
            + "\"emittedAt\":\"2024-03-15T14:30:01Z\",\"attributes\":{\"i\":1,\"l\":9007199254740993,"
            + "\"b\":123456789012345678901234567890,\"d\":1.5,\"list\":[true,null,{\"k\":\"v\"}]}}";

    Map<String, Object> attributes = ((EpisodeRecord) decoder.decode(line)).attributes();

    assertEquals(1, attributes.get("i"));
    assertEquals(9007199254740993L, attributes.get("l"));
    assertEquals(new BigInteger("123456789012345678901234567890"), attributes.get("b"));
    assertEquals(1.5, attributes.get("d"));
    assertEquals(java.util.Arrays.asList(true, null, Map.of("k", "v")), attributes.get("list"));
  }

  @Test
  void fieldsMayComeInAnyOrderAndUnknownFieldsAreIgnored() throws IOException {
    String line =
        "{\"feedback\":{\"future\":[1,{}],\"score\":1,\"rater\":\"x\"},\"later\":{\"a\":[1]},"
            + "\"emittedAt\":\"2024-03-15T14:30:01Z\",\"episodeId\":\"e\",\"recordId\":\"r\","
            + "\"type\":\"feedback\",\"schemaVersion\":\"1.3\"}";

    FeedbackRecord record = (FeedbackRecord) decoder.decode(line);

    assertEquals("r", record.recordId());
    assertEquals("x", record.feedback().rater());
    assertEquals(1.0, record.feedback().score());
  }

  @Test
  void anOutcomeWithANullEpisodeIdDecodesWithoutOne() throws IOException {
    TraceRecord record = decoder.decode(encoder.encode(TestRecords.outcomeByOrderId()));

    assertNull(record.episodeId());
  }

  @Test
  void bytesAtAnOffsetDecode() throws IOException {
    byte[] line = encoder.encode(TestRecords.minimalFeedback());
    byte[] padded = new byte[line.length + 4];
    System.arraycopy(line, 0, padded, 2, line.length);

    assertEquals(TestRecords.minimalFeedback(), decoder.decode(padded, 2, line.length));
  }

  @Test
  void anUnknownTypeIsRejectedNamingIt() {
    IOException e =
        assertThrows(
            IOException.class,
            () ->
                decoder.decode(
                    "{\"schemaVersion\":\"1.0\",\"type\":\"trade\",\"recordId\":\"r\"}"));

    assertTrue(e.getMessage().startsWith("unknown record type 'trade'"), e.getMessage());
  }

  @Test
  void aMissingTypeIsRejected() {
    IOException e =
        assertThrows(IOException.class, () -> decoder.decode("{\"schemaVersion\":\"1.0\"}"));

    assertTrue(e.getMessage().startsWith("the record has no type"), e.getMessage());
  }

  @Test
  void anotherMajorSchemaVersionIsRejected() {
    IOException e =
        assertThrows(
            IOException.class,
            () -> decoder.decode("{\"schemaVersion\":\"2.0\",\"type\":\"feedback\"}"));

    assertTrue(
        e.getMessage().startsWith("unsupported schemaVersion 2.0; this decoder reads 1.x"),
        e.getMessage());
  }

  @Test
  void anUnknownEnumNameIsRejectedNamingTheField() {
    String line =
        encoder.toJson(TestRecords.fullEpisode()).replace("\"stop_limit\"", "\"STOP_LIMIT\"");

    IOException e = assertThrows(IOException.class, () -> decoder.decode(line));

    assertTrue(
        e.getMessage().startsWith("'orderType': 'STOP_LIMIT' is not a wire name of OrderType"),
        e.getMessage());
  }

  @Test
  void aNumberWhereTextBelongsIsRejectedNamingTheField() {
    IOException e =
        assertThrows(
            IOException.class,
            () ->
                decoder.decode("{\"schemaVersion\":\"1.0\",\"type\":\"feedback\",\"recordId\":7}"));

    assertTrue(e.getMessage().startsWith("'recordId' must be a string"), e.getMessage());
  }

  @Test
  void anUnparseableInstantIsRejectedNamingTheField() {
    IOException e =
        assertThrows(
            IOException.class,
            () ->
                decoder.decode(
                    "{\"schemaVersion\":\"1.0\",\"type\":\"feedback\",\"emittedAt\":\"yesterday\"}"));

    assertTrue(
        e.getMessage().startsWith("'emittedAt' is not an ISO-8601 instant: yesterday"),
        e.getMessage());
  }

  @Test
  void somethingOtherThanAnObjectIsRejected() {
    IOException e = assertThrows(IOException.class, () -> decoder.decode("[1,2]"));

    assertTrue(e.getMessage().startsWith("a record must be a JSON object"), e.getMessage());
  }

  @Test
  void twoRecordsOnOneLineAreRejected() {
    String line = encoder.toJson(TestRecords.minimalFeedback());

    IOException e = assertThrows(IOException.class, () -> decoder.decode(line + " " + line));

    assertTrue(e.getMessage().startsWith("unexpected content after the record"), e.getMessage());
  }

  @Test
  void aTruncatedLineIsRejected() {
    byte[] line = encoder.toJson(TestRecords.fullEpisode()).getBytes(StandardCharsets.UTF_8);

    assertThrows(IOException.class, () -> decoder.decode(line, 0, line.length / 2));
  }

  @Test
  void decodedFreeFormListsAreJsonTypes() throws IOException {
    EpisodeRecord episode =
        (EpisodeRecord) decoder.decode(encoder.encode(TestRecords.fullEpisode()));

    assertInstanceOf(List.class, episode.attributes().get("venues"));
    assertInstanceOf(Map.class, episode.attributes().get("limits"));
  }
}
