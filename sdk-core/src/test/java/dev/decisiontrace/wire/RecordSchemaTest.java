package dev.decisiontrace.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.decisiontrace.model.Action;
import dev.decisiontrace.model.Direction;
import dev.decisiontrace.model.EpisodeRecord;
import dev.decisiontrace.model.EpisodeStatus;
import dev.decisiontrace.model.Fill;
import dev.decisiontrace.model.OrderType;
import dev.decisiontrace.model.OutcomeRecord;
import dev.decisiontrace.model.QualityIssue;
import dev.decisiontrace.model.Side;
import dev.decisiontrace.model.Step;
import dev.decisiontrace.model.StrategyRef;
import dev.decisiontrace.model.Thesis;
import dev.decisiontrace.model.TraceRecord;
import dev.decisiontrace.model.TradingMode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class RecordSchemaTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final RecordJsonEncoder encoder = new RecordJsonEncoder();
  private final SchemaValidator schema = SchemaValidator.records();

  private void assertValid(TraceRecord record) {
    schema.assertValid(encoder.toJson(record));
  }

  /**
   * The errors for {@code record}'s line after {@code change}; checks that there is at least one.
   */
  private List<String> errorsAfter(TraceRecord record, Consumer<ObjectNode> change)
      throws IOException {
    ObjectNode node = (ObjectNode) JSON.readTree(encoder.encode(record));
    change.accept(node);
    List<String> errors = schema.errors(JSON.writeValueAsString(node));
    assertTrue(!errors.isEmpty(), "the schema accepted " + node);
    return errors;
  }

  private static void assertMentions(List<String> errors, String text) {
    assertTrue(
        errors.stream().anyMatch(e -> e.contains(text)),
        "no error mentions " + text + ": " + errors);
  }

  private static EpisodeRecord episode(
      TradingMode mode, EpisodeStatus status, Thesis thesis, Action action) {
    return new EpisodeRecord(
        "r",
        "e",
        new StrategyRef("s", null),
        null,
        mode,
        status,
        TestRecords.OPENED,
        null,
        null,
        null,
        null,
        thesis,
        null,
        null,
        null,
        null,
        action,
        null,
        null,
        null,
        null,
        TestRecords.EMITTED);
  }

  @Test
  void theSchemaIsAtTheDocumentedResourcePath() throws IOException {
    try (InputStream in = WireFormat.class.getResourceAsStream(WireFormat.SCHEMA_RESOURCE)) {
      assertEquals(
          "https://json-schema.org/draft/2020-12/schema",
          JSON.readTree(in).get("$schema").asText());
    }
  }

  @Test
  void aFullyPopulatedEpisodeIsValid() {
    assertValid(TestRecords.fullEpisode());
  }

  @Test
  void aFullyPopulatedOutcomeIsValid() {
    assertValid(TestRecords.fullOutcome());
  }

  @Test
  void aFullyPopulatedFeedbackIsValid() {
    assertValid(TestRecords.fullFeedback());
  }

  @Test
  void aMinimalEpisodeIsValid() {
    assertValid(TestRecords.minimalEpisode());
  }

  @Test
  void aMinimalFeedbackIsValid() {
    assertValid(TestRecords.minimalFeedback());
  }

  @Test
  void anOutcomeKnownOnlyByOrderIdIsValid() {
    assertValid(TestRecords.outcomeByOrderId());
  }

  @Test
  void anEpisodeWithNaNAndInfiniteValuesIsValid() {
    assertValid(TestRecords.episodeWithNonFiniteValues());
  }

  @Test
  void aFeedbackWithANaNScoreIsValid() {
    assertValid(
        new dev.decisiontrace.model.FeedbackRecord(
            "r",
            "e",
            new dev.decisiontrace.model.Feedback("rater", Double.NaN, null, null, null, null),
            null,
            TestRecords.EMITTED));
  }

  @Test
  void aFillWithNaNQuantityAndPriceIsValid() {
    assertValid(
        new OutcomeRecord(
            "r",
            "e",
            null,
            List.of(
                new Fill(
                    TestRecords.OPENED,
                    Side.SELL,
                    Double.NaN,
                    Double.POSITIVE_INFINITY,
                    null,
                    null)),
            null,
            null,
            null,
            null,
            TestRecords.EMITTED));
  }

  @Test
  void anOutOfRangeConvictionIsValidBecauseTheSdkKeepsAndFlagsIt() {
    assertValid(
        episode(
            TradingMode.LIVE, EpisodeStatus.DECIDED, Thesis.of("t", Direction.LONG, 3.0), null));
  }

  @ParameterizedTest
  @EnumSource(TradingMode.class)
  void everyTradingModeIsValid(TradingMode mode) {
    assertValid(episode(mode, EpisodeStatus.DECIDED, null, null));
  }

  @ParameterizedTest
  @EnumSource(EpisodeStatus.class)
  void everyEpisodeStatusIsValid(EpisodeStatus status) {
    assertValid(episode(TradingMode.LIVE, status, null, null));
  }

  @ParameterizedTest
  @EnumSource(Direction.class)
  void everyDirectionIsValid(Direction direction) {
    assertValid(
        episode(TradingMode.LIVE, EpisodeStatus.DECIDED, Thesis.of("t", direction, 0.5), null));
  }

  @ParameterizedTest
  @EnumSource(Side.class)
  void everySideIsValidOnAnActionAndOnAFill(Side side) {
    assertValid(
        episode(
            TradingMode.LIVE,
            EpisodeStatus.DECIDED,
            null,
            new Action(side, 1.0, null, null, null)));
    assertValid(
        new OutcomeRecord(
            "r",
            "e",
            null,
            List.of(new Fill(TestRecords.OPENED, side, 1, 2, null, null)),
            null,
            null,
            null,
            null,
            TestRecords.EMITTED));
  }

  @ParameterizedTest
  @EnumSource(OrderType.class)
  void everyOrderTypeIsValid(OrderType type) {
    assertValid(
        episode(
            TradingMode.LIVE,
            EpisodeStatus.DECIDED,
            null,
            new Action(Side.BUY, 1.0, type, 2.0, "o")));
  }

  @ParameterizedTest
  @EnumSource(QualityIssue.Kind.class)
  void everyQualityIssueKindIsValid(QualityIssue.Kind kind) {
    assertValid(
        new OutcomeRecord(
            "r",
            "e",
            null,
            null,
            null,
            null,
            null,
            List.of(new QualityIssue("field", kind, "detail")),
            TestRecords.EMITTED));
  }

  @ParameterizedTest
  @ValueSource(strings = {"PT0S", "PT0.0125S", "PT-1.5S", "PT26H3M", "PT-6H-3M"})
  void everyDurationJavaWritesIsValid(String duration) {
    assertValid(
        new OutcomeRecord(
            "r",
            "e",
            null,
            null,
            new dev.decisiontrace.model.Outcome(
                null, null, Duration.parse(duration), null, null, null),
            null,
            null,
            null,
            TestRecords.EMITTED));
  }

  @Test
  void exoticAttributeAndStepValuesAreValid() {
    List<Object> loop = new ArrayList<>();
    loop.add(loop);
    Map<String, Object> attributes = new LinkedHashMap<>();
    attributes.put("bigInteger", new BigInteger("123456789012345678901234567890"));
    attributes.put("bigDecimal", new BigDecimal("1E+400"));
    attributes.put("enum", TimeUnit.SECONDS);
    attributes.put("date", LocalDate.of(2024, 3, 15));
    attributes.put("ints", new int[] {1, 2});
    attributes.put("mapWithObjectKeys", Map.of(1, List.of(Double.NaN)));
    attributes.put("loop", loop);
    attributes.put("null", null);
    attributes.put(
        "hostile",
        new Object() {
          @Override
          public String toString() {
            throw new IllegalStateException();
          }
        });
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
            attributes,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            List.of(new Step("step", attributes, new Object[] {"out", 1.5f}, null, null, null)),
            null,
            null,
            null,
            TestRecords.EMITTED);

    assertValid(record);
  }

  @Test
  void textThatIsNotJsonIsReportedAsAnError() {
    List<String> errors = schema.errors("{\"schemaVersion\":");

    assertEquals(1, errors.size(), errors.toString());
    assertTrue(errors.get(0).startsWith("not JSON: "), errors.get(0));
  }

  @Test
  void aRecordWithoutRecordIdIsRejected() throws IOException {
    assertMentions(
        errorsAfter(TestRecords.fullFeedback(), node -> node.remove("recordId")),
        "required property 'recordId'");
  }

  @Test
  void anUnknownRecordTypeIsRejected() throws IOException {
    assertMentions(
        errorsAfter(TestRecords.fullFeedback(), node -> node.put("type", "trade")), "/type");
  }

  @Test
  void anUnknownFieldOnAnEpisodeIsRejected() throws IOException {
    assertMentions(
        errorsAfter(TestRecords.fullEpisode(), node -> node.put("colour", "red")),
        "property 'colour' is not defined");
  }

  @Test
  void anUnknownFieldInsideAnSdkObjectIsRejected() throws IOException {
    assertMentions(
        errorsAfter(
            TestRecords.fullEpisode(), node -> ((ObjectNode) node.get("thesis")).put("mood", 1)),
        "/thesis: property 'mood' is not defined");
  }

  @Test
  void aWrongEnumValueIsRejected() throws IOException {
    assertMentions(
        errorsAfter(
            TestRecords.fullEpisode(),
            node -> ((ObjectNode) node.get("action")).put("side", "BUY")),
        "/action/side");
  }

  @Test
  void aStringWhereANumberIsRequiredIsRejected() throws IOException {
    assertMentions(
        errorsAfter(
            TestRecords.fullEpisode(),
            node -> ((ObjectNode) node.at("/context/market")).put("price", "65000.5")),
        "/context/market/price");
  }

  @Test
  void anEpisodeWithoutEpisodeIdIsRejected() throws IOException {
    assertMentions(
        errorsAfter(TestRecords.fullEpisode(), node -> node.putNull("episodeId")),
        "/episodeId: null found");
  }

  @Test
  void anOutcomeWithNeitherEpisodeIdNorOrderIdIsRejected() throws IOException {
    assertMentions(
        errorsAfter(TestRecords.outcomeByOrderId(), node -> node.remove("orderId")),
        "required property 'orderId'");
  }

  @Test
  void anInstantThatIsNotIso8601IsRejected() throws IOException {
    assertMentions(
        errorsAfter(TestRecords.fullFeedback(), node -> node.put("emittedAt", "15/03/2024 14:30")),
        "/emittedAt");
  }

  @Test
  void aDurationThatIsNotIso8601IsRejected() throws IOException {
    assertMentions(
        errorsAfter(
            TestRecords.fullEpisode(),
            node -> ((ObjectNode) node.get("thesis")).put("horizon", "48h")),
        "/thesis/horizon");
  }

  @Test
  void anotherSchemaVersionIsRejected() throws IOException {
    assertMentions(
        errorsAfter(TestRecords.fullFeedback(), node -> node.put("schemaVersion", "2.0")),
        "/schemaVersion");
  }

  @Test
  void aSignalWithoutValueIsRejected() throws IOException {
    assertMentions(
        errorsAfter(
            TestRecords.fullEpisode(),
            node -> ((ObjectNode) node.at("/signals/0")).remove("value")),
        "/signals/0: required property 'value'");
  }
}
