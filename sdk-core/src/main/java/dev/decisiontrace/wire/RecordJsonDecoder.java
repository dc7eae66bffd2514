package dev.decisiontrace.wire;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.decisiontrace.model.Action;
import dev.decisiontrace.model.Alternative;
import dev.decisiontrace.model.Counterfactual;
import dev.decisiontrace.model.DecisionContext;
import dev.decisiontrace.model.Direction;
import dev.decisiontrace.model.EpisodeRecord;
import dev.decisiontrace.model.EpisodeStatus;
import dev.decisiontrace.model.ExitPlan;
import dev.decisiontrace.model.Feedback;
import dev.decisiontrace.model.FeedbackRecord;
import dev.decisiontrace.model.Fill;
import dev.decisiontrace.model.MarketSnapshot;
import dev.decisiontrace.model.OrderType;
import dev.decisiontrace.model.Outcome;
import dev.decisiontrace.model.OutcomeRecord;
import dev.decisiontrace.model.PortfolioState;
import dev.decisiontrace.model.QualityIssue;
import dev.decisiontrace.model.RiskBudget;
import dev.decisiontrace.model.Side;
import dev.decisiontrace.model.Signal;
import dev.decisiontrace.model.SignalValue;
import dev.decisiontrace.model.Step;
import dev.decisiontrace.model.StrategyRef;
import dev.decisiontrace.model.Thesis;
import dev.decisiontrace.model.TraceRecord;
import dev.decisiontrace.model.TradingMode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one line of the wire format written by {@link RecordJsonEncoder} back into a {@link
 * TraceRecord}: for collectors, command-line tools and tests.
 *
 * <p><b>What comes back.</b> Fields absent from the line are {@code null} (empty for lists and
 * maps). A JSON {@code null} where a number belongs (a value that was NaN or infinite when encoded)
 * becomes {@link Double#NaN}, and a {@code null} signal value a {@link SignalValue.Numeric} NaN, so
 * that encoding the decoded record writes the same line again. Free-form values (attributes, step
 * inputs and output, counterfactual parameters) come back as JSON types: {@link String}, {@link
 * Boolean}, {@link Integer}, {@link Long} or {@link java.math.BigInteger} by size, {@link Double},
 * {@link List}, {@link Map} and {@code null}; values that were other Java types when encoded do not
 * come back as those types.
 *
 * <p><b>Bad input.</b> The decoder checks what it needs to build a record, not the whole schema
 * (validate against {@link WireFormat#SCHEMA_RESOURCE} for that). It accepts fields in any order
 * and ignores fields it does not know, so that lines from a later 1.x producer still decode. It
 * fails with an {@link IOException} whose message says what and where when the line is not one JSON
 * object, has no known {@code type}, has a {@code schemaVersion} other than 1.x, or has a value of
 * the wrong JSON type, an unknown enum name, or an unparseable time or duration.
 *
 * <p><b>Thread-safety.</b> Thread-safe and stateless; one instance can serve every thread.
 */
public final class RecordJsonDecoder {

  private final JsonFactory factory = new JsonFactoryBuilder().build();

  /** Creates a decoder; cheap, but one instance can be shared. */
  public RecordJsonDecoder() {}

  /**
   * Decodes one record from {@code line}, with or without its line terminator.
   *
   * @throws IOException if {@code line} is not one record of this format
   */
  public TraceRecord decode(String line) throws IOException {
    try (JsonParser parser = factory.createParser(line)) {
      return readSingleRecord(parser);
    }
  }

  /**
   * Decodes one record from {@code length} bytes of UTF-8 at {@code offset} of {@code bytes}.
   *
   * @throws IOException if the bytes are not one record of this format
   */
  public TraceRecord decode(byte[] bytes, int offset, int length) throws IOException {
    try (JsonParser parser = factory.createParser(bytes, offset, length)) {
      return readSingleRecord(parser);
    }
  }

  /**
   * Decodes one record from the UTF-8 {@code bytes}.
   *
   * @throws IOException if the bytes are not one record of this format
   */
  public TraceRecord decode(byte[] bytes) throws IOException {
    return decode(bytes, 0, bytes.length);
  }

  private static TraceRecord readSingleRecord(JsonParser p) throws IOException {
    if (p.nextToken() != JsonToken.START_OBJECT) {
      throw new JsonParseException(p, "a record must be a JSON object");
    }
    TraceRecord record = readRecord(p);
    if (p.nextToken() != null) {
      throw new JsonParseException(p, "unexpected content after the record");
    }
    return record;
  }

  private static TraceRecord readRecord(JsonParser p) throws IOException {
    String schemaVersion = null;
    String type = null;
    String recordId = null;
    String episodeId = null;
    Instant emittedAt = null;
    List<QualityIssue> quality = null;
    StrategyRef strategy = null;
    String instrument = null;
    TradingMode mode = null;
    EpisodeStatus status = null;
    Instant openedAt = null;
    Instant decidedAt = null;
    List<String> tags = null;
    Map<String, Object> attributes = null;
    DecisionContext context = null;
    Thesis thesis = null;
    List<Signal> signals = null;
    List<Alternative> alternatives = null;
    RiskBudget riskBudget = null;
    ExitPlan exitPlan = null;
    Action action = null;
    List<Step> steps = null;
    List<Counterfactual> counterfactuals = null;
    String abandonReason = null;
    String orderId = null;
    List<Fill> fills = null;
    Outcome outcome = null;
    Instant closedAt = null;
    Feedback feedback = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "schemaVersion" -> schemaVersion = text(p);
        case "type" -> type = text(p);
        case "recordId" -> recordId = text(p);
        case "episodeId" -> episodeId = text(p);
        case "emittedAt" -> emittedAt = instant(p);
        case "quality" -> quality = list(p, RecordJsonDecoder::qualityIssue);
        case "strategy" -> strategy = strategy(p);
        case "instrument" -> instrument = text(p);
        case "mode" -> mode = enumValue(p, TradingMode.class);
        case "status" -> status = enumValue(p, EpisodeStatus.class);
        case "openedAt" -> openedAt = instant(p);
        case "decidedAt" -> decidedAt = instant(p);
        case "tags" -> tags = list(p, RecordJsonDecoder::text);
        case "attributes" -> attributes = freeFormMap(p);
        case "context" -> context = context(p);
        case "thesis" -> thesis = thesis(p);
        case "signals" -> signals = list(p, RecordJsonDecoder::signal);
        case "alternatives" -> alternatives = list(p, RecordJsonDecoder::alternative);
        case "riskBudget" -> riskBudget = riskBudget(p);
        case "exitPlan" -> exitPlan = exitPlan(p);
        case "action" -> action = action(p);
        case "steps" -> steps = list(p, RecordJsonDecoder::step);
        case "counterfactuals" -> counterfactuals = list(p, RecordJsonDecoder::counterfactual);
        case "abandonReason" -> abandonReason = text(p);
        case "orderId" -> orderId = text(p);
        case "fills" -> fills = list(p, RecordJsonDecoder::fill);
        case "outcome" -> outcome = outcome(p);
        case "closedAt" -> closedAt = instant(p);
        case "feedback" -> feedback = feedback(p);
        default -> p.skipChildren();
      }
    }
    if (schemaVersion == null || !schemaVersion.startsWith("1.")) {
      throw new JsonParseException(
          p, "unsupported schemaVersion " + schemaVersion + "; this decoder reads 1.x");
    }
    if (type == null) {
      throw new JsonParseException(p, "the record has no type");
    }
    return switch (type) {
      case "episode" ->
          new EpisodeRecord(
              recordId,
              episodeId,
              strategy,
              instrument,
              mode,
              status,
              openedAt,
              decidedAt,
              tags,
              attributes,
              context,
              thesis,
              signals,
              alternatives,
              riskBudget,
              exitPlan,
              action,
              steps,
              counterfactuals,
              abandonReason,
              quality,
              emittedAt);
      case "outcome" ->
          new OutcomeRecord(
              recordId,
              episodeId,
              orderId,
              fills,
              outcome,
              counterfactuals,
              closedAt,
              quality,
              emittedAt);
      case "feedback" -> new FeedbackRecord(recordId, episodeId, feedback, quality, emittedAt);
      default -> throw new JsonParseException(p, "unknown record type '" + type + "'");
    };
  }

  private static StrategyRef strategy(JsonParser p) throws IOException {
    String name = null;
    String version = null;
    for (String field = firstField(p); field != null; field = nextField(p)) {
      switch (field) {
        case "name" -> name = text(p);
        case "version" -> version = text(p);
        default -> p.skipChildren();
      }
    }
    return new StrategyRef(name, version);
  }

  private static DecisionContext context(JsonParser p) throws IOException {
    MarketSnapshot market = null;
    PortfolioState portfolio = null;
    for (String field = firstField(p); field != null; field = nextField(p)) {
      switch (field) {
        case "market" -> market = market(p);
        case "portfolio" -> portfolio = portfolio(p);
        default -> p.skipChildren();
      }
    }
    return new DecisionContext(market, portfolio);
  }

  private static MarketSnapshot market(JsonParser p) throws IOException {
    Double price = null;
    Double bid = null;
    Double ask = null;
    Double volume = null;
    List<String> regimes = null;
    for (String field = firstField(p); field != null; field = nextField(p)) {
      switch (field) {
        case "price" -> price = number(p);
        case "bid" -> bid = number(p);
        case "ask" -> ask = number(p);
        case "volume" -> volume = number(p);
        case "regimes" -> regimes = list(p, RecordJsonDecoder::text);
        default -> p.skipChildren();
      }
    }
    return new MarketSnapshot(price, bid, ask, volume, regimes);
  }

  private static PortfolioState portfolio(JsonParser p) throws IOException {
    Double equity = null;
    Double cash = null;
    Double position = null;
    Double exposure = null;
    for (String field = firstField(p); field != null; field = nextField(p)) {
      switch (field) {
        case "equity" -> equity = number(p);
        case "cash" -> cash = number(p);
        case "position" -> position = number(p);
        case "exposure" -> exposure = number(p);
        default -> p.skipChildren();
      }
    }
    return new PortfolioState(equity, cash, position, exposure);
  }

  private static Thesis thesis(JsonParser p) throws IOException {
    String statement = null;
    Direction direction = null;
    Double conviction = null;
    Duration horizon = null;
    String invalidation = null;
    for (String field = firstField(p); field != null; field = nextField(p)) {
      switch (field) {
        case "statement" -> statement = text(p);
        case "direction" -> direction = enumValue(p, Direction.class);
        case "conviction" -> conviction = number(p);
        case "horizon" -> horizon = duration(p);
        case "invalidation" -> invalidation = text(p);
        default -> p.skipChildren();
      }
    }
    return new Thesis(statement, direction, conviction, horizon, invalidation);
  }

  private static Signal signal(JsonParser p) throws IOException {
    String name = null;
    SignalValue value = null;
    Double weight = null;
    String source = null;
    Instant observedAt = null;
    for (String field = firstField(p); field != null; field = nextField(p)) {
      switch (field) {
        case "name" -> name = text(p);
        case "value" -> value = signalValue(p);
        case "weight" -> weight = number(p);
        case "source" -> source = text(p);
        case "observedAt" -> observedAt = instant(p);
        default -> p.skipChildren();
      }
    }
    return new Signal(name, value, weight, source, observedAt);
  }

  private static SignalValue signalValue(JsonParser p) throws IOException {
    return switch (p.currentToken()) {
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> SignalValue.of(p.getDoubleValue());
      case VALUE_NULL -> SignalValue.of(Double.NaN);
      case VALUE_STRING -> SignalValue.of(p.getText());
      case VALUE_TRUE -> SignalValue.of(true);
      case VALUE_FALSE -> SignalValue.of(false);
      default ->
          throw new JsonParseException(
              p, "a signal value must be a number, string, boolean or null");
    };
  }

  private static Alternative alternative(JsonParser p) throws IOException {
    String action = null;
    String reason = null;
    Double score = null;
    for (String field = firstField(p); field != null; field = nextField(p)) {
      switch (field) {
        case "action" -> action = text(p);
        case "reason" -> reason = text(p);
        case "score" -> score = number(p);
        default -> p.skipChildren();
      }
    }
    return new Alternative(action, reason, score);
  }

  private static RiskBudget riskBudget(JsonParser p) throws IOException {
    Double maxLoss = null;
    Double positionLimit = null;
    Double leverage = null;
    Double stopDistance = null;
    for (String field = firstField(p); field != null; field = nextField(p)) {
      switch (field) {
        case "maxLoss" -> maxLoss = number(p);
        case "positionLimit" -> positionLimit = number(p);
        case "leverage" -> leverage = number(p);
        case "stopDistance" -> stopDistance = number(p);
        default -> p.skipChildren();
      }
    }
    return new RiskBudget(maxLoss, positionLimit, leverage, stopDistance);
  }

  private static ExitPlan exitPlan(JsonParser p) throws IOException {
    Double takeProfit = null;
    Double stopLoss = null;
    String trailingRule = null;
    Duration timeExit = null;
    for (String field = firstField(p); field != null; field = nextField(p)) {
      switch (field) {
        case "takeProfit" -> takeProfit = number(p);
        case "stopLoss" -> stopLoss = number(p);
        case "trailingRule" -> trailingRule = text(p);
        case "timeExit" -> timeExit = duration(p);
        default -> p.skipChildren();
      }
    }
    return new ExitPlan(takeProfit, stopLoss, trailingRule, timeExit);
  }

  private static Action action(JsonParser p) throws IOException {
    Side side = null;
    Double quantity = null;
    OrderType orderType = null;
    Double limitPrice = null;
    String orderId = null;
    for (String field = firstField(p); field != null; field = nextField(p)) {
      switch (field) {
        case "side" -> side = enumValue(p, Side.class);
        case "quantity" -> quantity = number(p);
        case "orderType" -> orderType = enumValue(p, OrderType.class);
        case "limitPrice" -> limitPrice = number(p);
        case "orderId" -> orderId = text(p);
        default -> p.skipChildren();
      }
    }
    return new Action(side, quantity, orderType, limitPrice, orderId);
  }

  private static Step step(JsonParser p) throws IOException {
    String name = null;
    Map<String, Object> inputs = null;
    Object output = null;
    String reasoning = null;
    Instant startedAt = null;
    Duration duration = null;
    for (String field = firstField(p); field != null; field = nextField(p)) {
      switch (field) {
        case "name" -> name = text(p);
        case "inputs" -> inputs = freeFormMap(p);
        case "output" -> output = freeFormValue(p);
        case "reasoning" -> reasoning = text(p);
        case "startedAt" -> startedAt = instant(p);
        case "duration" -> duration = duration(p);
        default -> p.skipChildren();
      }
    }
    return new Step(name, inputs, output, reasoning, startedAt, duration);
  }

  private static Counterfactual counterfactual(JsonParser p) throws IOException {
    String variant = null;
    Map<String, Object> parameters = null;
    Double realizedPnl = null;
    Double returnFraction = null;
    String exitReason = null;
    for (String field = firstField(p); field != null; field = nextField(p)) {
      switch (field) {
        case "variant" -> variant = text(p);
        case "parameters" -> parameters = freeFormMap(p);
        case "realizedPnl" -> realizedPnl = number(p);
        case "returnFraction" -> returnFraction = number(p);
        case "exitReason" -> exitReason = text(p);
        default -> p.skipChildren();
      }
    }
    return new Counterfactual(variant, parameters, realizedPnl, returnFraction, exitReason);
  }

  private static QualityIssue qualityIssue(JsonParser p) throws IOException {
    String field = null;
    QualityIssue.Kind kind = null;
    String detail = null;
    for (String name = firstField(p); name != null; name = nextField(p)) {
      switch (name) {
        case "field" -> field = text(p);
        case "kind" -> kind = enumValue(p, QualityIssue.Kind.class);
        case "detail" -> detail = text(p);
        default -> p.skipChildren();
      }
    }
    return new QualityIssue(field, kind, detail);
  }

  private static Fill fill(JsonParser p) throws IOException {
    Instant time = null;
    Side side = null;
    double quantity = Double.NaN;
    double price = Double.NaN;
    Double fee = null;
    String orderId = null;
    for (String field = firstField(p); field != null; field = nextField(p)) {
      switch (field) {
        case "time" -> time = instant(p);
        case "side" -> side = enumValue(p, Side.class);
        case "quantity" -> quantity = number(p);
        case "price" -> price = number(p);
        case "fee" -> fee = number(p);
        case "orderId" -> orderId = text(p);
        default -> p.skipChildren();
      }
    }
    return new Fill(time, side, quantity, price, fee, orderId);
  }

  private static Outcome outcome(JsonParser p) throws IOException {
    Double realizedPnl = null;
    Double returnFraction = null;
    Duration holdingPeriod = null;
    Double maxAdverseExcursion = null;
    Double maxFavourableExcursion = null;
    String exitReason = null;
    for (String field = firstField(p); field != null; field = nextField(p)) {
      switch (field) {
        case "realizedPnl" -> realizedPnl = number(p);
        case "returnFraction" -> returnFraction = number(p);
        case "holdingPeriod" -> holdingPeriod = duration(p);
        case "maxAdverseExcursion" -> maxAdverseExcursion = number(p);
        case "maxFavourableExcursion" -> maxFavourableExcursion = number(p);
        case "exitReason" -> exitReason = text(p);
        default -> p.skipChildren();
      }
    }
    return new Outcome(
        realizedPnl,
        returnFraction,
        holdingPeriod,
        maxAdverseExcursion,
        maxFavourableExcursion,
        exitReason);
  }

  private static Feedback feedback(JsonParser p) throws IOException {
    String rater = null;
    double score = Double.NaN;
    String scale = null;
    String stepName = null;
    List<String> labels = null;
    String comment = null;
    for (String field = firstField(p); field != null; field = nextField(p)) {
      switch (field) {
        case "rater" -> rater = text(p);
        case "score" -> score = number(p);
        case "scale" -> scale = text(p);
        case "stepName" -> stepName = text(p);
        case "labels" -> labels = list(p, RecordJsonDecoder::text);
        case "comment" -> comment = text(p);
        default -> p.skipChildren();
      }
    }
    return new Feedback(rater, score, scale, stepName, labels, comment);
  }

  /**
   * Checks that the current token starts an object and moves to its first field's value.
   *
   * @return the first field's name, or {@code null} for an empty object
   */
  private static String firstField(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw new JsonParseException(p, "'" + p.currentName() + "' must be an object");
    }
    return nextField(p);
  }

  /**
   * Moves to the next field's value and returns its name, or {@code null} at the end of the object.
   */
  private static String nextField(JsonParser p) throws IOException {
    if (p.nextToken() != JsonToken.FIELD_NAME) {
      return null;
    }
    String name = p.currentName();
    p.nextToken();
    return name;
  }

  @FunctionalInterface
  private interface ElementReader<T> {
    T read(JsonParser p) throws IOException;
  }

  private static <T> List<T> list(JsonParser p, ElementReader<T> reader) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw new JsonParseException(p, "'" + p.currentName() + "' must be an array");
    }
    List<T> elements = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      elements.add(reader.read(p));
    }
    return elements;
  }

  private static String text(JsonParser p) throws IOException {
    return switch (p.currentToken()) {
      case VALUE_STRING -> p.getText();
      case VALUE_NULL -> null;
      default -> throw new JsonParseException(p, "'" + p.currentName() + "' must be a string");
    };
  }

  private static Double number(JsonParser p) throws IOException {
    return switch (p.currentToken()) {
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getDoubleValue();
      case VALUE_NULL -> Double.NaN;
      default -> throw new JsonParseException(p, "'" + p.currentName() + "' must be a number");
    };
  }

  private static Instant instant(JsonParser p) throws IOException {
    String text = text(p);
    try {
      return text == null ? null : Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new JsonParseException(
          p, "'" + p.currentName() + "' is not an ISO-8601 instant: " + text, e);
    }
  }

  private static Duration duration(JsonParser p) throws IOException {
    String text = text(p);
    try {
      return text == null ? null : Duration.parse(text);
    } catch (DateTimeParseException e) {
      throw new JsonParseException(
          p, "'" + p.currentName() + "' is not an ISO-8601 duration: " + text, e);
    }
  }

  private static <E extends Enum<E>> E enumValue(JsonParser p, Class<E> type) throws IOException {
    String text = text(p);
    try {
      return text == null ? null : WireEnums.parse(type, text);
    } catch (IllegalArgumentException e) {
      throw new JsonParseException(p, "'" + p.currentName() + "': " + e.getMessage(), e);
    }
  }

  private static Map<String, Object> freeFormMap(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw new JsonParseException(p, "'" + p.currentName() + "' must be an object");
    }
    Map<String, Object> map = new LinkedHashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      p.nextToken();
      map.put(key, freeFormValue(p));
    }
    return map;
  }

  private static Object freeFormValue(JsonParser p) throws IOException {
    return switch (p.currentToken()) {
      case START_OBJECT -> freeFormMap(p);
      case START_ARRAY -> list(p, RecordJsonDecoder::freeFormValue);
      case VALUE_STRING -> p.getText();
      case VALUE_NUMBER_INT -> p.getNumberValue();
      case VALUE_NUMBER_FLOAT -> p.getDoubleValue();
      case VALUE_TRUE -> Boolean.TRUE;
      case VALUE_FALSE -> Boolean.FALSE;
      case VALUE_NULL -> null;
      default -> throw new JsonParseException(p, "unexpected " + p.currentToken());
    };
  }
}
