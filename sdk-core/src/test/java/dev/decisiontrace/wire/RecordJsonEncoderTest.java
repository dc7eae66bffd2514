package dev.decisiontrace.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.decisiontrace.model.EpisodeRecord;
import dev.decisiontrace.model.EpisodeStatus;
import dev.decisiontrace.model.FeedbackRecord;
import dev.decisiontrace.model.Signal;
import dev.decisiontrace.model.SignalValue;
import dev.decisiontrace.model.Step;
import dev.decisiontrace.model.StrategyRef;
import dev.decisiontrace.model.TraceRecord;
import dev.decisiontrace.model.TradingMode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RecordJsonEncoderTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final RecordJsonEncoder encoder = new RecordJsonEncoder();

  private JsonNode tree(TraceRecord record) throws IOException {
    return JSON.readTree(encoder.encode(record));
  }

  /** An episode whose only free-form content is the attribute {@code value}. */
  private static EpisodeRecord episodeWithAttribute(Object value) {
    Map<String, Object> attributes = new LinkedHashMap<>();
    attributes.put("value", value);
    return new EpisodeRecord(
        "r",
        "e",
        new StrategyRef("s", null),
        null,
        TradingMode.LIVE,
        EpisodeStatus.DECIDED,
        TestRecords.OPENED,
        null,
        null,
        attributes,
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
  }

  private JsonNode attribute(Object value) throws IOException {
    return tree(episodeWithAttribute(value)).get("attributes").get("value");
  }

  @Test
  void everyRecordStartsWithTheSameFiveFieldsInOrder() {
    for (TraceRecord record :
        List.of(TestRecords.fullEpisode(), TestRecords.fullOutcome(), TestRecords.fullFeedback())) {
      String json = encoder.toJson(record);
      String prefix =
          "{\"schemaVersion\":\"1.0\",\"type\":\""
              + record.type().wireName()
              + "\",\"recordId\":\""
              + record.recordId()
              + "\",\"episodeId\":\""
              + record.episodeId()
              + "\",\"emittedAt\":\"2024-03-15T14:30:01.000000321Z\"";
      assertTrue(json.startsWith(prefix), json);
    }
  }

  @Test
  void aRecordIsOneLineWithoutATerminator() {
    Map<String, Object> attributes = Map.of("note", "line one\nline two\r\n");
    EpisodeRecord record =
        new EpisodeRecord(
            "r",
            "e",
            new StrategyRef("s\n", null),
            null,
            TradingMode.LIVE,
            EpisodeStatus.DECIDED,
            TestRecords.OPENED,
            null,
            null,
            attributes,
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

    byte[] bytes = encoder.encode(record);

    for (byte b : bytes) {
      assertTrue(
          b != '\n' && b != '\r', "raw line break in " + new String(bytes, StandardCharsets.UTF_8));
    }
  }

  @Test
  void nullFieldsAndEmptyCollectionsAreLeftOut() {
    assertEquals(
        "{\"schemaVersion\":\"1.0\",\"type\":\"episode\",\"recordId\":\"rec-0002\",\"episodeId\":\"ep-0002\","
            + "\"emittedAt\":\"2024-03-15T14:30:01.000000321Z\",\"strategy\":{\"name\":\"unnamed\"},"
            + "\"mode\":\"live\",\"status\":\"abandoned\",\"openedAt\":\"2024-03-15T14:30:00Z\"}",
        encoder.toJson(TestRecords.minimalEpisode()));
  }

  @Test
  void anOutcomeWithoutEpisodeIdWritesItAsNull() throws IOException {
    JsonNode outcome = tree(TestRecords.outcomeByOrderId());

    assertTrue(outcome.has("episodeId"));
    assertTrue(outcome.get("episodeId").isNull());
    assertEquals("ord-77", outcome.get("orderId").asText());
  }

  @Test
  void enumsAreWrittenInLowerSnakeCase() throws IOException {
    JsonNode episode = tree(TestRecords.fullEpisode());

    assertEquals("backtest", episode.get("mode").asText());
    assertEquals("decided", episode.get("status").asText());
    assertEquals("long", episode.at("/thesis/direction").asText());
    assertEquals("buy", episode.at("/action/side").asText());
    assertEquals("stop_limit", episode.at("/action/orderType").asText());
    assertEquals("truncated", episode.at("/quality/0/kind").asText());
    assertEquals("limit_exceeded", tree(TestRecords.fullOutcome()).at("/quality/0/kind").asText());
  }

  @Test
  void instantsAndDurationsAreIso8601() throws IOException {
    JsonNode episode = tree(TestRecords.fullEpisode());

    assertEquals("2024-03-15T14:30:00.125Z", episode.get("decidedAt").asText());
    assertEquals("PT48H", episode.at("/thesis/horizon").asText());
    assertEquals("PT120H", episode.at("/exitPlan/timeExit").asText());
    assertEquals("PT0.0000125S", episode.at("/steps/1/duration").asText());
  }

  @Test
  void signalValuesAreNumbersStringsOrBooleans() throws IOException {
    JsonNode signals = tree(TestRecords.fullEpisode()).get("signals");

    assertEquals(61.5, signals.at("/0/value").doubleValue());
    assertEquals("trend", signals.at("/1/value").textValue());
    assertTrue(signals.at("/2/value").isBoolean());
    assertFalse(signals.at("/2/value").booleanValue());
  }

  @Test
  void nonFiniteNumbersAreWrittenAsNullNeverAsNaNTokens() throws IOException {
    String json = encoder.toJson(TestRecords.episodeWithNonFiniteValues());
    JsonNode episode = JSON.readTree(json);

    assertFalse(json.matches(".*[:,\\[]-?(NaN|Infinity).*"), json);
    assertTrue(episode.at("/signals/0/value").isNull());
    assertTrue(episode.at("/signals/0/weight").isNull());
    assertTrue(episode.at("/context/market/price").isNull());
    assertTrue(episode.at("/context/market/bid").isNull());
    assertTrue(episode.at("/thesis/conviction").isNull());
    assertTrue(episode.at("/riskBudget/maxLoss").isNull());
    assertTrue(episode.at("/attributes/ratio").isNull());
    assertEquals("[null,null]", episode.at("/attributes/nested").toString());
  }

  @Test
  void nonFinitePrimitiveFieldsAreWrittenAsNull() throws IOException {
    FeedbackRecord feedback =
        new FeedbackRecord(
            "r",
            "e",
            new dev.decisiontrace.model.Feedback("rater", Double.NaN, null, null, null, null),
            null,
            TestRecords.EMITTED);

    assertTrue(tree(feedback).at("/feedback/score").isNull());
  }

  @Test
  void integralAttributeValuesAreWrittenAsIntegers() throws IOException {
    assertEquals("7", attribute(7).toString());
    assertEquals("9007199254740993", attribute(9007199254740993L).toString());
    assertEquals("-3", attribute((short) -3).toString());
    assertEquals("12", attribute((byte) 12).toString());
    assertEquals(
        "123456789012345678901234567890",
        attribute(new BigInteger("123456789012345678901234567890")).toString());
  }

  @Test
  void fractionalAttributeValuesAreWrittenAsNumbers() throws IOException {
    assertEquals(0.25, attribute(0.25).doubleValue());
    assertEquals(1.5, attribute(1.5f).doubleValue());
    assertTrue(
        encoder
            .toJson(episodeWithAttribute(new BigDecimal("12.3400")))
            .contains("\"value\":12.3400"));
  }

  @Test
  void enumAttributeValuesAreWrittenByName() throws IOException {
    assertEquals("MILLISECONDS", attribute(TimeUnit.MILLISECONDS).textValue());
  }

  @Test
  void javaTimeAttributeValuesAreWrittenWithToString() throws IOException {
    assertEquals("2024-03-15T14:30:00Z", attribute(TestRecords.OPENED).textValue());
    assertEquals("2024-03-15", attribute(LocalDate.of(2024, 3, 15)).textValue());
    assertEquals("PT1M", attribute(Duration.ofMinutes(1)).textValue());
  }

  @Test
  void nestedMapsAreWrittenAsObjectsWithStringKeys() throws IOException {
    Map<Object, Object> nested = new LinkedHashMap<>();
    nested.put(1, "one");
    nested.put(TimeUnit.SECONDS, List.of(true, "x"));
    nested.put(null, null);

    assertEquals(
        "{\"1\":\"one\",\"SECONDS\":[true,\"x\"],\"null\":null}", attribute(nested).toString());
  }

  @Test
  void arraysIncludingPrimitiveArraysAreWrittenAsJsonArrays() throws IOException {
    assertEquals("[1,2,3]", attribute(new int[] {1, 2, 3}).toString());
    assertEquals("[0.5,null]", attribute(new double[] {0.5, Double.NaN}).toString());
    assertEquals("[true,false]", attribute(new boolean[] {true, false}).toString());
    assertEquals("[\"a\",\"b\"]", attribute(new char[] {'a', 'b'}).toString());
    assertEquals(
        "[\"x\",null,[1]]", attribute(new Object[] {"x", null, new long[] {1}}).toString());
  }

  @Test
  void iterablesThatAreNotCollectionsAreWrittenAsArrays() throws IOException {
    Iterable<Integer> iterable = () -> List.of(4, 5).iterator();

    assertEquals("[4,5]", attribute(iterable).toString());
  }

  @Test
  void anEndlessIterableIsCutAtTheElementCap() throws IOException {
    Iterable<Integer> endless =
        () ->
            new Iterator<>() {
              @Override
              public boolean hasNext() {
                return true;
              }

              @Override
              public Integer next() {
                return 1;
              }
            };

    assertEquals(ObjectValueWriter.MAX_ITERABLE_ELEMENTS, attribute(endless).size());
  }

  @Test
  void otherObjectsAreWrittenWithToString() throws IOException {
    Object custom =
        new Object() {
          @Override
          public String toString() {
            return "custom-42";
          }
        };

    assertEquals("custom-42", attribute(custom).textValue());
  }

  @Test
  void anObjectWhoseToStringThrowsIsWrittenAsNull() throws IOException {
    Object hostile =
        new Object() {
          @Override
          public String toString() {
            throw new IllegalStateException("no");
          }
        };

    assertTrue(attribute(hostile).isNull());
  }

  @Test
  void anObjectWhoseToStringRecursesForeverIsWrittenAsNull() throws IOException {
    Object recursive =
        new Object() {
          @Override
          public String toString() {
            return "again " + this;
          }
        };

    assertTrue(attribute(recursive).isNull());
  }

  @Test
  void aCollectionThatFailsToIterateIsWrittenAsNull() throws IOException {
    List<Object> failing =
        new ArrayList<>(List.of(1, 2)) {
          @Override
          public Object[] toArray() {
            throw new java.util.ConcurrentModificationException();
          }
        };

    assertTrue(attribute(failing).isNull());
  }

  @Test
  void aMapEntryWhoseKeyCannotBePrintedIsSkipped() throws IOException {
    Object badKey =
        new Object() {
          @Override
          public String toString() {
            throw new IllegalStateException("no");
          }
        };
    Map<Object, Object> map = new LinkedHashMap<>();
    map.put(badKey, 1);
    map.put("good", 2);

    assertEquals("{\"good\":2}", attribute(map).toString());
  }

  @Test
  void aListThatContainsItselfIsCutAtSixteenLevels() throws IOException {
    List<Object> loop = new ArrayList<>();
    loop.add(loop);

    JsonNode node = attribute(loop);

    for (int level = 1; level < ObjectValueWriter.MAX_DEPTH; level++) {
      assertTrue(node.isArray(), "level " + level);
      node = node.get(0);
    }
    assertEquals("[\"<too deep>\"]", node.toString());
  }

  @Test
  void unpairedSurrogatesInStringsAndKeysBecomeReplacementCharacters() throws IOException {
    String broken = "cut in half: \uD83D";
    Map<String, Object> attributes = Map.of("key\uDE00", Map.of("\uD800", broken));
    EpisodeRecord record =
        new EpisodeRecord(
            "r",
            "e",
            new StrategyRef(broken, null),
            null,
            TradingMode.LIVE,
            EpisodeStatus.DECIDED,
            TestRecords.OPENED,
            null,
            List.of(broken),
            attributes,
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

    JsonNode node = tree(record);

    assertEquals("cut in half: \uFFFD", node.at("/strategy/name").textValue());
    assertEquals("cut in half: \uFFFD", node.at("/tags/0").textValue());
    assertEquals(
        "cut in half: \uFFFD", node.get("attributes").get("key\uFFFD").get("\uFFFD").textValue());
  }

  @Test
  void charactersOutsideTheBasicPlaneAreWrittenAsUtf8() {
    EpisodeRecord record = episodeWithAttribute("rocket \uD83D\uDE80");

    String json = new String(encoder.encode(record), StandardCharsets.UTF_8);

    assertTrue(json.contains("\"rocket \uD83D\uDE80\""), json);
  }

  @Test
  void nullElementsOfModelListsAreSkipped() throws IOException {
    List<Signal> signals =
        Arrays.asList(null, new Signal("s", SignalValue.of(1), null, null, null));
    List<String> tags = Arrays.asList("a", null);
    EpisodeRecord record =
        new EpisodeRecord(
            "r",
            "e",
            new StrategyRef("s", null),
            null,
            TradingMode.LIVE,
            EpisodeStatus.DECIDED,
            TestRecords.OPENED,
            null,
            tags,
            null,
            null,
            null,
            signals,
            null,
            null,
            null,
            null,
            Arrays.asList((Step) null),
            null,
            null,
            null,
            TestRecords.EMITTED);

    JsonNode node = tree(record);

    assertEquals("[\"a\"]", node.get("tags").toString());
    assertEquals(1, node.get("signals").size());
    assertEquals("[]", node.get("steps").toString());
  }

  @Test
  void aNullSignalValueIsWrittenAsNull() throws IOException {
    EpisodeRecord record =
        new EpisodeRecord(
            "r",
            "e",
            new StrategyRef("s", null),
            null,
            TradingMode.LIVE,
            EpisodeStatus.DECIDED,
            TestRecords.OPENED,
            null,
            null,
            null,
            null,
            null,
            List.of(
                new Signal("s", null, null, null, null),
                new Signal("t", SignalValue.of((String) null), null, null, null)),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            TestRecords.EMITTED);

    JsonNode signals = tree(record).get("signals");

    assertTrue(signals.at("/0/value").isNull());
    assertTrue(signals.at("/1/value").isNull());
  }

  @Test
  void writeLinesWritesOneTerminatedLinePerRecord() throws IOException {
    List<TraceRecord> records =
        List.of(TestRecords.fullEpisode(), TestRecords.fullOutcome(), TestRecords.fullFeedback());
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    encoder.writeLines(records, out);

    String text = out.toString(StandardCharsets.UTF_8);
    assertTrue(text.endsWith("\n"));
    String[] lines = text.split("\n", -1);
    assertEquals(4, lines.length);
    for (int i = 0; i < records.size(); i++) {
      assertEquals(encoder.toJson(records.get(i)), lines[i]);
    }
  }

  @Test
  void writeLinesOfNoRecordsWritesNothing() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    encoder.writeLines(List.of(), out);

    assertEquals(0, out.size());
  }

  @Test
  void writeAppendsToTheStreamWithoutClosingIt() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write('[');

    encoder.write(TestRecords.minimalFeedback(), out);
    out.write(']');

    assertEquals(1, JSON.readTree(out.toByteArray()).size());
  }

  @Test
  void aNullRecordIsRejected() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> encoder.encode(null));

    assertEquals("record", e.getMessage());
  }
}
