package dev.decisiontrace.bench;

import dev.decisiontrace.DecisionTrace;
import dev.decisiontrace.Episode;
import dev.decisiontrace.StepScope;
import dev.decisiontrace.model.Action;
import dev.decisiontrace.model.Direction;
import dev.decisiontrace.model.ExitPlan;
import dev.decisiontrace.model.RiskBudget;
import dev.decisiontrace.model.Side;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import java.util.List;
import org.slf4j.Logger;

/**
 * One decision recorded three ways, each written as a user of that library would write it: the
 * code under measurement. Every way carries the same fields and the three step durations.
 */
final class Recordings {

  private Recordings() {}

  /** DecisionTrace's API, as its README shows it. */
  static void decisionTrace(DecisionTrace trace, Decision d) {
    try (Episode episode = trace.episode(Decision.STRATEGY).instrument(Decision.INSTRUMENT).open()) {
      episode.thesis(Decision.THESIS, Direction.LONG, d.conviction);
      String[] names = d.signalNames;
      double[] values = d.signalValues;
      for (int i = 0; i < names.length; i++) {
        episode.signal(names[i], values[i]);
      }
      episode
          .alternative(Decision.ALTERNATIVE_1, Decision.REASON_1)
          .alternative(Decision.ALTERNATIVE_2, Decision.REASON_2)
          .riskBudget(new RiskBudget(d.maxLoss, d.positionLimit, d.leverage, d.stopDistance))
          .exitPlan(new ExitPlan(d.takeProfit, d.stopLoss, Decision.TRAILING_RULE, Decision.TIME_EXIT));
      for (int s = 0; s < Decision.STEP_NAMES.length; s++) {
        try (StepScope step = episode.step(Decision.STEP_NAMES[s])) {
          step.input(Decision.STEP_INPUTS[s][0], d.stepInputs[s][0]).input(Decision.STEP_INPUTS[s][1], d.stepInputs[s][1]);
        }
      }
      episode.action(Action.market(Side.BUY, d.quantity, d.nextOrderId()));
    }
  }

  /**
   * The same decision as one OpenTelemetry span: scalar fields as attributes with keys made once,
   * alternatives and steps as events (the cheapest faithful shape; child spans per step would cost
   * more), the span made current like an open episode is.
   */
  static void otelSpan(Tracer tracer, Decision d) {
    Span span =
        tracer
            .spanBuilder("decision")
            .setAttribute(OtelKeys.STRATEGY, Decision.STRATEGY)
            .setAttribute(OtelKeys.INSTRUMENT, Decision.INSTRUMENT)
            .startSpan();
    try (Scope ignored = span.makeCurrent()) {
      span.setAttribute(OtelKeys.THESIS, Decision.THESIS);
      span.setAttribute(OtelKeys.DIRECTION, Direction.LONG.name());
      span.setAttribute(OtelKeys.CONVICTION, d.conviction);
      double[] values = d.signalValues;
      for (int i = 0; i < values.length; i++) {
        span.setAttribute(OtelKeys.SIGNALS.get(i), values[i]);
      }
      span.addEvent("alternative", Attributes.of(OtelKeys.ACTION, Decision.ALTERNATIVE_1, OtelKeys.REASON, Decision.REASON_1));
      span.addEvent("alternative", Attributes.of(OtelKeys.ACTION, Decision.ALTERNATIVE_2, OtelKeys.REASON, Decision.REASON_2));
      span.setAttribute(OtelKeys.MAX_LOSS, d.maxLoss);
      span.setAttribute(OtelKeys.POSITION_LIMIT, d.positionLimit);
      span.setAttribute(OtelKeys.LEVERAGE, d.leverage);
      span.setAttribute(OtelKeys.STOP_DISTANCE, d.stopDistance);
      span.setAttribute(OtelKeys.TAKE_PROFIT, d.takeProfit);
      span.setAttribute(OtelKeys.STOP_LOSS, d.stopLoss);
      span.setAttribute(OtelKeys.TRAILING_RULE, Decision.TRAILING_RULE);
      span.setAttribute(OtelKeys.TIME_EXIT_SECONDS, Decision.TIME_EXIT.getSeconds());
      for (int s = 0; s < Decision.STEP_NAMES.length; s++) {
        long started = System.nanoTime();
        List<AttributeKey<Double>> inputs = OtelKeys.STEP_INPUTS.get(s);
        Attributes attributes =
            Attributes.of(
                inputs.get(0), d.stepInputs[s][0],
                inputs.get(1), d.stepInputs[s][1],
                OtelKeys.DURATION_NANOS, System.nanoTime() - started);
        span.addEvent(Decision.STEP_NAMES[s], attributes);
      }
      span.setAttribute(OtelKeys.SIDE, Side.BUY.name());
      span.setAttribute(OtelKeys.QUANTITY, d.quantity);
      span.setAttribute(OtelKeys.ORDER_TYPE, "MARKET");
      span.setAttribute(OtelKeys.ORDER_ID, d.nextOrderId());
    } finally {
      span.end();
    }
  }

  /** The fields the log line carries, in {@link #logLine} order; 8 signals. */
  static final String LOG_TEMPLATE =
      "decision strategy={} instrument={} thesis=\"{}\" direction={} conviction={}"
          + " rsi14={} ema50={} ema200={} atr14={} volumeZ={} fundingRate={} bookImbalance={} trendStrength={}"
          + " alternatives=[{}: {}; {}: {}]"
          + " maxLoss={} positionLimit={} leverage={} stopDistance={}"
          + " takeProfit={} stopLoss={} trailing=\"{}\" timeExit={}"
          + " steps=[{}(trend={} volatility={} ns={}) {}(equity={} riskFraction={} ns={}) {}(atr={} multiple={} ns={})]"
          + " side={} quantity={} orderType={} orderId={}";

  /** The same decision as one SLF4J line with its fields as arguments; requires 8 signals. */
  static void logLine(Logger log, Decision d) {
    long started = System.nanoTime();
    long analysis = System.nanoTime() - started;
    started = System.nanoTime();
    long sizing = System.nanoTime() - started;
    started = System.nanoTime();
    long stops = System.nanoTime() - started;
    double[] v = d.signalValues;
    double[][] in = d.stepInputs;
    String[] steps = Decision.STEP_NAMES;
    log.info(
        LOG_TEMPLATE,
        Decision.STRATEGY, Decision.INSTRUMENT, Decision.THESIS, Direction.LONG, d.conviction,
        v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7],
        Decision.ALTERNATIVE_1, Decision.REASON_1, Decision.ALTERNATIVE_2, Decision.REASON_2,
        d.maxLoss, d.positionLimit, d.leverage, d.stopDistance,
        d.takeProfit, d.stopLoss, Decision.TRAILING_RULE, Decision.TIME_EXIT,
        steps[0], in[0][0], in[0][1], analysis,
        steps[1], in[1][0], in[1][1], sizing,
        steps[2], in[2][0], in[2][1], stops,
        Side.BUY, d.quantity, "MARKET", d.nextOrderId());
  }
}
