package dev.decisiontrace.bench;

import io.opentelemetry.api.common.AttributeKey;
import java.util.Arrays;
import java.util.List;

/** Attribute keys made once, as OpenTelemetry's documentation recommends for hot paths. */
final class OtelKeys {

  static final AttributeKey<String> STRATEGY = AttributeKey.stringKey("decision.strategy");
  static final AttributeKey<String> INSTRUMENT = AttributeKey.stringKey("decision.instrument");
  static final AttributeKey<String> THESIS = AttributeKey.stringKey("thesis.statement");
  static final AttributeKey<String> DIRECTION = AttributeKey.stringKey("thesis.direction");
  static final AttributeKey<Double> CONVICTION = AttributeKey.doubleKey("thesis.conviction");
  static final AttributeKey<String> ACTION = AttributeKey.stringKey("alternative.action");
  static final AttributeKey<String> REASON = AttributeKey.stringKey("alternative.reason");
  static final AttributeKey<Double> MAX_LOSS = AttributeKey.doubleKey("risk.max_loss");
  static final AttributeKey<Double> POSITION_LIMIT = AttributeKey.doubleKey("risk.position_limit");
  static final AttributeKey<Double> LEVERAGE = AttributeKey.doubleKey("risk.leverage");
  static final AttributeKey<Double> STOP_DISTANCE = AttributeKey.doubleKey("risk.stop_distance");
  static final AttributeKey<Double> TAKE_PROFIT = AttributeKey.doubleKey("exit.take_profit");
  static final AttributeKey<Double> STOP_LOSS = AttributeKey.doubleKey("exit.stop_loss");
  static final AttributeKey<String> TRAILING_RULE = AttributeKey.stringKey("exit.trailing_rule");
  static final AttributeKey<Long> TIME_EXIT_SECONDS = AttributeKey.longKey("exit.time_exit_s");
  static final AttributeKey<Long> DURATION_NANOS = AttributeKey.longKey("step.duration_ns");
  static final AttributeKey<String> SIDE = AttributeKey.stringKey("action.side");
  static final AttributeKey<Double> QUANTITY = AttributeKey.doubleKey("action.quantity");
  static final AttributeKey<String> ORDER_TYPE = AttributeKey.stringKey("action.order_type");
  static final AttributeKey<String> ORDER_ID = AttributeKey.stringKey("action.order_id");

  /** Keys of {@link Decision#SIGNAL_NAMES}, index for index. */
  static final List<AttributeKey<Double>> SIGNALS =
      Arrays.stream(Decision.SIGNAL_NAMES).map(name -> AttributeKey.doubleKey("signal." + name)).toList();

  /** Keys of {@link Decision#STEP_INPUTS}, step by step. */
  static final List<List<AttributeKey<Double>>> STEP_INPUTS =
      Arrays.stream(Decision.STEP_INPUTS)
          .map(inputs -> Arrays.stream(inputs).map(input -> AttributeKey.doubleKey("step.input." + input)).toList())
          .toList();

  private OtelKeys() {}
}
