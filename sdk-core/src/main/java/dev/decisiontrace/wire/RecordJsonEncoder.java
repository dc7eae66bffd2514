package dev.decisiontrace.wire;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import dev.decisiontrace.model.Action;
import dev.decisiontrace.model.Alternative;
import dev.decisiontrace.model.Counterfactual;
import dev.decisiontrace.model.DecisionContext;
import dev.decisiontrace.model.EpisodeRecord;
import dev.decisiontrace.model.ExitPlan;
import dev.decisiontrace.model.Feedback;
import dev.decisiontrace.model.FeedbackRecord;
import dev.decisiontrace.model.Fill;
import dev.decisiontrace.model.MarketSnapshot;
import dev.decisiontrace.model.Outcome;
import dev.decisiontrace.model.OutcomeRecord;
import dev.decisiontrace.model.PortfolioState;
import dev.decisiontrace.model.QualityIssue;
import dev.decisiontrace.model.RiskBudget;
import dev.decisiontrace.model.Signal;
import dev.decisiontrace.model.SignalValue;
import dev.decisiontrace.model.Step;
import dev.decisiontrace.model.StrategyRef;
import dev.decisiontrace.model.Thesis;
import dev.decisiontrace.model.TraceRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Encodes {@link TraceRecord}s as compact, single-line JSON in UTF-8: the wire format described in
 * {@code docs/wire-format.md} and by the schema at {@link WireFormat#SCHEMA_RESOURCE}.
 *
 * <p>Every record starts with {@code schemaVersion}, {@code type}, {@code recordId}, {@code
 * episodeId} and {@code emittedAt}. Field names are camelCase; instants and durations are their
 * ISO-8601 {@code toString()}; the model's enums are their constant names in lower case ({@code
 * stop_limit}). {@code null} fields and empty lists and maps are left out, except {@code
 * episodeId}, which is always written ({@code null} on an outcome known by order id alone).
 *
 * <p><b>Bad input.</b> Encoding never fails because of what a record holds: a non-finite number
 * anywhere is written as {@code null}; {@code null} elements of the model's lists are skipped;
 * free-form values (attributes, step inputs and output, counterfactual parameters) whose {@code
 * toString} or iteration throws are written as {@code null}, a map entry whose key cannot be turned
 * into a string is skipped, and values nested deeper than 16 levels (such as a list containing
 * itself) are replaced by the string {@code "<too deep>"}. Unpaired UTF-16 surrogates in any string
 * or key become U+FFFD, so that every line is valid UTF-8 for any parser. The encoder does not
 * check the record's contents against the schema: a record missing a required field (a {@code null}
 * record id, say) is written without it. A {@code null} record is a programming error and fails
 * with a {@link NullPointerException}.
 *
 * <p><b>Thread-safety.</b> Thread-safe and stateless; one instance can serve every thread.
 */
public final class RecordJsonEncoder {

  private static final SerializableString SCHEMA_VERSION = name("schemaVersion");
  private static final SerializableString SCHEMA_VERSION_VALUE =
      new SerializedString(WireFormat.SCHEMA_VERSION);
  private static final SerializableString TYPE = name("type");
  private static final SerializableString RECORD_ID = name("recordId");
  private static final SerializableString EPISODE_ID = name("episodeId");
  private static final SerializableString EMITTED_AT = name("emittedAt");
  private static final SerializableString QUALITY = name("quality");

  private static final SerializableString STRATEGY = name("strategy");
  private static final SerializableString NAME = name("name");
  private static final SerializableString VERSION = name("version");
  private static final SerializableString INSTRUMENT = name("instrument");
  private static final SerializableString MODE = name("mode");
  private static final SerializableString STATUS = name("status");
  private static final SerializableString OPENED_AT = name("openedAt");
  private static final SerializableString DECIDED_AT = name("decidedAt");
  private static final SerializableString TAGS = name("tags");
  private static final SerializableString ATTRIBUTES = name("attributes");
  private static final SerializableString CONTEXT = name("context");
  private static final SerializableString MARKET = name("market");
  private static final SerializableString PRICE = name("price");
  private static final SerializableString BID = name("bid");
  private static final SerializableString ASK = name("ask");
  private static final SerializableString VOLUME = name("volume");
  private static final SerializableString REGIMES = name("regimes");
  private static final SerializableString PORTFOLIO = name("portfolio");
  private static final SerializableString EQUITY = name("equity");
  private static final SerializableString CASH = name("cash");
  private static final SerializableString POSITION = name("position");
  private static final SerializableString EXPOSURE = name("exposure");
  private static final SerializableString THESIS = name("thesis");
  private static final SerializableString STATEMENT = name("statement");
  private static final SerializableString DIRECTION = name("direction");
  private static final SerializableString CONVICTION = name("conviction");
  private static final SerializableString HORIZON = name("horizon");
  private static final SerializableString INVALIDATION = name("invalidation");
  private static final SerializableString SIGNALS = name("signals");
  private static final SerializableString VALUE = name("value");
  private static final SerializableString WEIGHT = name("weight");
  private static final SerializableString SOURCE = name("source");
  private static final SerializableString OBSERVED_AT = name("observedAt");
  private static final SerializableString ALTERNATIVES = name("alternatives");
  private static final SerializableString ACTION = name("action");
  private static final SerializableString REASON = name("reason");
  private static final SerializableString SCORE = name("score");
  private static final SerializableString RISK_BUDGET = name("riskBudget");
  private static final SerializableString MAX_LOSS = name("maxLoss");
  private static final SerializableString POSITION_LIMIT = name("positionLimit");
  private static final SerializableString LEVERAGE = name("leverage");
  private static final SerializableString STOP_DISTANCE = name("stopDistance");
  private static final SerializableString EXIT_PLAN = name("exitPlan");
  private static final SerializableString TAKE_PROFIT = name("takeProfit");
  private static final SerializableString STOP_LOSS = name("stopLoss");
  private static final SerializableString TRAILING_RULE = name("trailingRule");
  private static final SerializableString TIME_EXIT = name("timeExit");
  private static final SerializableString SIDE = name("side");
  private static final SerializableString QUANTITY = name("quantity");
  private static final SerializableString ORDER_TYPE = name("orderType");
  private static final SerializableString LIMIT_PRICE = name("limitPrice");
  private static final SerializableString ORDER_ID = name("orderId");
  private static final SerializableString STEPS = name("steps");
  private static final SerializableString INPUTS = name("inputs");
  private static final SerializableString OUTPUT = name("output");
  private static final SerializableString REASONING = name("reasoning");
  private static final SerializableString STARTED_AT = name("startedAt");
  private static final SerializableString DURATION = name("duration");
  private static final SerializableString COUNTERFACTUALS = name("counterfactuals");
  private static final SerializableString VARIANT = name("variant");
  private static final SerializableString PARAMETERS = name("parameters");
  private static final SerializableString REALIZED_PNL = name("realizedPnl");
  private static final SerializableString RETURN_FRACTION = name("returnFraction");
  private static final SerializableString EXIT_REASON = name("exitReason");
  private static final SerializableString ABANDON_REASON = name("abandonReason");
  private static final SerializableString FIELD = name("field");
  private static final SerializableString KIND = name("kind");
  private static final SerializableString DETAIL = name("detail");

  private static final SerializableString FILLS = name("fills");
  private static final SerializableString TIME = name("time");
  private static final SerializableString FEE = name("fee");
  private static final SerializableString OUTCOME = name("outcome");
  private static final SerializableString HOLDING_PERIOD = name("holdingPeriod");
  private static final SerializableString MAX_ADVERSE_EXCURSION = name("maxAdverseExcursion");
  private static final SerializableString MAX_FAVOURABLE_EXCURSION = name("maxFavourableExcursion");
  private static final SerializableString CLOSED_AT = name("closedAt");

  private static final SerializableString FEEDBACK = name("feedback");
  private static final SerializableString RATER = name("rater");
  private static final SerializableString SCALE = name("scale");
  private static final SerializableString STEP_NAME = name("stepName");
  private static final SerializableString LABELS = name("labels");
  private static final SerializableString COMMENT = name("comment");

  private final JsonFactory factory =
      new JsonFactoryBuilder()
          // Shortest round-tripping digits, computed several times faster than Double.toString.
          .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
          // Proper 4-byte UTF-8 for characters outside the BMP, instead of two escaped surrogates.
          .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
          // The caller owns the stream: closing a generator must neither close nor flush it.
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .disable(StreamWriteFeature.FLUSH_PASSED_TO_STREAM)
          .rootValueSeparator("\n")
          .build();

  /** Creates an encoder; cheap, but one instance can be shared. */
  public RecordJsonEncoder() {}

  private static SerializableString name(String fieldName) {
    return new SerializedString(fieldName);
  }

  /**
   * Writes {@code record} to {@code out} as one JSON object, without a line terminator.
   *
   * @throws IOException only if {@code out} fails; {@code out} is neither flushed nor closed
   */
  public void write(TraceRecord record, OutputStream out) throws IOException {
    Objects.requireNonNull(record, "record");
    try (JsonGenerator gen = factory.createGenerator(out)) {
      writeRecord(gen, record);
    }
  }

  /**
   * Writes each of {@code records} to {@code out} as one JSON object followed by {@code '\n'}: a
   * complete chunk of newline-delimited JSON, written through a single generator (cheaper than
   * {@link #write} per record).
   *
   * @throws IOException only if {@code out} fails; {@code out} is neither flushed nor closed
   * @throws NullPointerException if {@code records} or one of its elements is {@code null}
   */
  public void writeLines(List<? extends TraceRecord> records, OutputStream out) throws IOException {
    if (records.isEmpty()) {
      return;
    }
    try (JsonGenerator gen = factory.createGenerator(out)) {
      for (TraceRecord record : records) {
        writeRecord(gen, Objects.requireNonNull(record, "a record in the list"));
      }
      gen.writeRaw('\n');
    }
  }

  /** {@code record} as the UTF-8 bytes of one JSON object, without a line terminator. */
  public byte[] encode(TraceRecord record) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(512);
    try {
      write(record, out);
    } catch (IOException e) {
      // A ByteArrayOutputStream does not fail; anything else is a bug in the generator.
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** {@code record} as a JSON string, for logs and diagnostics. */
  public String toJson(TraceRecord record) {
    return new String(encode(record), StandardCharsets.UTF_8);
  }

  private static void writeRecord(JsonGenerator gen, TraceRecord record) throws IOException {
    gen.writeStartObject();
    gen.writeFieldName(SCHEMA_VERSION);
    gen.writeString(SCHEMA_VERSION_VALUE);
    gen.writeFieldName(TYPE);
    gen.writeString(record.type().wireName());
    string(gen, RECORD_ID, record.recordId());
    gen.writeFieldName(EPISODE_ID);
    if (record.episodeId() == null) {
      gen.writeNull();
    } else {
      ObjectValueWriter.writeText(gen, record.episodeId());
    }
    instant(gen, EMITTED_AT, record.emittedAt());
    if (record instanceof EpisodeRecord episode) {
      writeEpisodeFields(gen, episode);
    } else if (record instanceof OutcomeRecord outcome) {
      writeOutcomeFields(gen, outcome);
    } else if (record instanceof FeedbackRecord feedback) {
      writeFeedbackFields(gen, feedback);
    }
    if (!record.quality().isEmpty()) {
      gen.writeFieldName(QUALITY);
      gen.writeStartArray();
      for (QualityIssue issue : record.quality()) {
        if (issue != null) {
          gen.writeStartObject();
          string(gen, FIELD, issue.field());
          enumValue(gen, KIND, issue.kind());
          string(gen, DETAIL, issue.detail());
          gen.writeEndObject();
        }
      }
      gen.writeEndArray();
    }
    gen.writeEndObject();
  }

  private static void writeEpisodeFields(JsonGenerator gen, EpisodeRecord episode)
      throws IOException {
    StrategyRef strategy = episode.strategy();
    if (strategy != null) {
      gen.writeFieldName(STRATEGY);
      gen.writeStartObject();
      string(gen, NAME, strategy.name());
      string(gen, VERSION, strategy.version());
      gen.writeEndObject();
    }
    string(gen, INSTRUMENT, episode.instrument());
    enumValue(gen, MODE, episode.mode());
    enumValue(gen, STATUS, episode.status());
    instant(gen, OPENED_AT, episode.openedAt());
    instant(gen, DECIDED_AT, episode.decidedAt());
    strings(gen, TAGS, episode.tags());
    freeForm(gen, ATTRIBUTES, episode.attributes());
    if (episode.context() != null) {
      writeContext(gen, episode.context());
    }
    if (episode.thesis() != null) {
      writeThesis(gen, episode.thesis());
    }
    writeSignals(gen, episode.signals());
    writeAlternatives(gen, episode.alternatives());
    if (episode.riskBudget() != null) {
      RiskBudget risk = episode.riskBudget();
      gen.writeFieldName(RISK_BUDGET);
      gen.writeStartObject();
      number(gen, MAX_LOSS, risk.maxLoss());
      number(gen, POSITION_LIMIT, risk.positionLimit());
      number(gen, LEVERAGE, risk.leverage());
      number(gen, STOP_DISTANCE, risk.stopDistance());
      gen.writeEndObject();
    }
    if (episode.exitPlan() != null) {
      ExitPlan exit = episode.exitPlan();
      gen.writeFieldName(EXIT_PLAN);
      gen.writeStartObject();
      number(gen, TAKE_PROFIT, exit.takeProfit());
      number(gen, STOP_LOSS, exit.stopLoss());
      string(gen, TRAILING_RULE, exit.trailingRule());
      duration(gen, TIME_EXIT, exit.timeExit());
      gen.writeEndObject();
    }
    if (episode.action() != null) {
      Action action = episode.action();
      gen.writeFieldName(ACTION);
      gen.writeStartObject();
      enumValue(gen, SIDE, action.side());
      number(gen, QUANTITY, action.quantity());
      enumValue(gen, ORDER_TYPE, action.orderType());
      number(gen, LIMIT_PRICE, action.limitPrice());
      string(gen, ORDER_ID, action.orderId());
      gen.writeEndObject();
    }
    writeSteps(gen, episode.steps());
    writeCounterfactuals(gen, episode.counterfactuals());
    string(gen, ABANDON_REASON, episode.abandonReason());
  }

  private static void writeContext(JsonGenerator gen, DecisionContext context) throws IOException {
    gen.writeFieldName(CONTEXT);
    gen.writeStartObject();
    MarketSnapshot market = context.market();
    if (market != null) {
      gen.writeFieldName(MARKET);
      gen.writeStartObject();
      number(gen, PRICE, market.price());
      number(gen, BID, market.bid());
      number(gen, ASK, market.ask());
      number(gen, VOLUME, market.volume());
      strings(gen, REGIMES, market.regimes());
      gen.writeEndObject();
    }
    PortfolioState portfolio = context.portfolio();
    if (portfolio != null) {
      gen.writeFieldName(PORTFOLIO);
      gen.writeStartObject();
      number(gen, EQUITY, portfolio.equity());
      number(gen, CASH, portfolio.cash());
      number(gen, POSITION, portfolio.position());
      number(gen, EXPOSURE, portfolio.exposure());
      gen.writeEndObject();
    }
    gen.writeEndObject();
  }

  private static void writeThesis(JsonGenerator gen, Thesis thesis) throws IOException {
    gen.writeFieldName(THESIS);
    gen.writeStartObject();
    string(gen, STATEMENT, thesis.statement());
    enumValue(gen, DIRECTION, thesis.direction());
    number(gen, CONVICTION, thesis.conviction());
    duration(gen, HORIZON, thesis.horizon());
    string(gen, INVALIDATION, thesis.invalidation());
    gen.writeEndObject();
  }

  private static void writeSignals(JsonGenerator gen, List<Signal> signals) throws IOException {
    if (signals.isEmpty()) {
      return;
    }
    gen.writeFieldName(SIGNALS);
    gen.writeStartArray();
    for (Signal signal : signals) {
      if (signal != null) {
        gen.writeStartObject();
        string(gen, NAME, signal.name());
        gen.writeFieldName(VALUE);
        writeSignalValue(gen, signal.value());
        number(gen, WEIGHT, signal.weight());
        string(gen, SOURCE, signal.source());
        instant(gen, OBSERVED_AT, signal.observedAt());
        gen.writeEndObject();
      }
    }
    gen.writeEndArray();
  }

  private static void writeSignalValue(JsonGenerator gen, SignalValue value) throws IOException {
    if (value instanceof SignalValue.Numeric numeric) {
      ObjectValueWriter.writeDouble(gen, numeric.value());
    } else if (value instanceof SignalValue.Text text && text.value() != null) {
      ObjectValueWriter.writeText(gen, text.value());
    } else if (value instanceof SignalValue.Bool bool) {
      gen.writeBoolean(bool.value());
    } else {
      gen.writeNull();
    }
  }

  private static void writeAlternatives(JsonGenerator gen, List<Alternative> alternatives)
      throws IOException {
    if (alternatives.isEmpty()) {
      return;
    }
    gen.writeFieldName(ALTERNATIVES);
    gen.writeStartArray();
    for (Alternative alternative : alternatives) {
      if (alternative != null) {
        gen.writeStartObject();
        string(gen, ACTION, alternative.action());
        string(gen, REASON, alternative.reason());
        number(gen, SCORE, alternative.score());
        gen.writeEndObject();
      }
    }
    gen.writeEndArray();
  }

  private static void writeSteps(JsonGenerator gen, List<Step> steps) throws IOException {
    if (steps.isEmpty()) {
      return;
    }
    gen.writeFieldName(STEPS);
    gen.writeStartArray();
    for (Step step : steps) {
      if (step != null) {
        gen.writeStartObject();
        string(gen, NAME, step.name());
        freeForm(gen, INPUTS, step.inputs());
        if (step.output() != null) {
          gen.writeFieldName(OUTPUT);
          ObjectValueWriter.write(gen, step.output(), 1);
        }
        string(gen, REASONING, step.reasoning());
        instant(gen, STARTED_AT, step.startedAt());
        duration(gen, DURATION, step.duration());
        gen.writeEndObject();
      }
    }
    gen.writeEndArray();
  }

  private static void writeCounterfactuals(JsonGenerator gen, List<Counterfactual> counterfactuals)
      throws IOException {
    if (counterfactuals.isEmpty()) {
      return;
    }
    gen.writeFieldName(COUNTERFACTUALS);
    gen.writeStartArray();
    for (Counterfactual counterfactual : counterfactuals) {
      if (counterfactual != null) {
        gen.writeStartObject();
        string(gen, VARIANT, counterfactual.variant());
        freeForm(gen, PARAMETERS, counterfactual.parameters());
        number(gen, REALIZED_PNL, counterfactual.realizedPnl());
        number(gen, RETURN_FRACTION, counterfactual.returnFraction());
        string(gen, EXIT_REASON, counterfactual.exitReason());
        gen.writeEndObject();
      }
    }
    gen.writeEndArray();
  }

  private static void writeOutcomeFields(JsonGenerator gen, OutcomeRecord record)
      throws IOException {
    string(gen, ORDER_ID, record.orderId());
    if (!record.fills().isEmpty()) {
      gen.writeFieldName(FILLS);
      gen.writeStartArray();
      for (Fill fill : record.fills()) {
        if (fill != null) {
          gen.writeStartObject();
          instant(gen, TIME, fill.time());
          enumValue(gen, SIDE, fill.side());
          gen.writeFieldName(QUANTITY);
          ObjectValueWriter.writeDouble(gen, fill.quantity());
          gen.writeFieldName(PRICE);
          ObjectValueWriter.writeDouble(gen, fill.price());
          number(gen, FEE, fill.fee());
          string(gen, ORDER_ID, fill.orderId());
          gen.writeEndObject();
        }
      }
      gen.writeEndArray();
    }
    Outcome outcome = record.outcome();
    if (outcome != null) {
      gen.writeFieldName(OUTCOME);
      gen.writeStartObject();
      number(gen, REALIZED_PNL, outcome.realizedPnl());
      number(gen, RETURN_FRACTION, outcome.returnFraction());
      duration(gen, HOLDING_PERIOD, outcome.holdingPeriod());
      number(gen, MAX_ADVERSE_EXCURSION, outcome.maxAdverseExcursion());
      number(gen, MAX_FAVOURABLE_EXCURSION, outcome.maxFavourableExcursion());
      string(gen, EXIT_REASON, outcome.exitReason());
      gen.writeEndObject();
    }
    writeCounterfactuals(gen, record.counterfactuals());
    instant(gen, CLOSED_AT, record.closedAt());
  }

  private static void writeFeedbackFields(JsonGenerator gen, FeedbackRecord record)
      throws IOException {
    Feedback feedback = record.feedback();
    if (feedback == null) {
      return;
    }
    gen.writeFieldName(FEEDBACK);
    gen.writeStartObject();
    string(gen, RATER, feedback.rater());
    gen.writeFieldName(SCORE);
    ObjectValueWriter.writeDouble(gen, feedback.score());
    string(gen, SCALE, feedback.scale());
    string(gen, STEP_NAME, feedback.stepName());
    strings(gen, LABELS, feedback.labels());
    string(gen, COMMENT, feedback.comment());
    gen.writeEndObject();
  }

  private static void string(JsonGenerator gen, SerializableString field, String value)
      throws IOException {
    if (value != null) {
      gen.writeFieldName(field);
      ObjectValueWriter.writeText(gen, value);
    }
  }

  private static void number(JsonGenerator gen, SerializableString field, Double value)
      throws IOException {
    if (value != null) {
      gen.writeFieldName(field);
      ObjectValueWriter.writeDouble(gen, value);
    }
  }

  private static void instant(JsonGenerator gen, SerializableString field, Instant value)
      throws IOException {
    if (value != null) {
      gen.writeFieldName(field);
      gen.writeString(IsoInstant.format(value));
    }
  }

  private static void duration(JsonGenerator gen, SerializableString field, Duration value)
      throws IOException {
    if (value != null) {
      gen.writeFieldName(field);
      gen.writeString(value.toString());
    }
  }

  private static void enumValue(JsonGenerator gen, SerializableString field, Enum<?> value)
      throws IOException {
    if (value != null) {
      gen.writeFieldName(field);
      gen.writeString(WireEnums.wireName(value));
    }
  }

  private static void strings(JsonGenerator gen, SerializableString field, List<String> values)
      throws IOException {
    if (values.isEmpty()) {
      return;
    }
    gen.writeFieldName(field);
    gen.writeStartArray();
    for (String value : values) {
      if (value != null) {
        ObjectValueWriter.writeText(gen, value);
      }
    }
    gen.writeEndArray();
  }

  private static void freeForm(
      JsonGenerator gen, SerializableString field, Map<String, Object> values) throws IOException {
    if (values.isEmpty()) {
      return;
    }
    gen.writeFieldName(field);
    gen.writeStartObject();
    ObjectValueWriter.writeEntries(gen, values);
    gen.writeEndObject();
  }
}
