package dev.decisiontrace.internal.recording;

import dev.decisiontrace.model.Action;
import dev.decisiontrace.model.Alternative;
import dev.decisiontrace.model.Counterfactual;
import dev.decisiontrace.model.DecisionContext;
import dev.decisiontrace.model.ExitPlan;
import dev.decisiontrace.model.MarketSnapshot;
import dev.decisiontrace.model.PortfolioState;
import dev.decisiontrace.model.RiskBudget;
import dev.decisiontrace.model.Signal;
import dev.decisiontrace.model.SignalValue;
import dev.decisiontrace.model.Step;
import dev.decisiontrace.model.Thesis;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Builds the checked parts of a record on the export thread: every number finite or null, every
 * string within the limit, every free-form value JSON-safe, each repair reported to the
 * {@link Sanitizer}. Field paths in the reports match the wire format's field names.
 *
 * <p>Almost every part needs no repair: such parts are kept as they are (the model's values are
 * immutable) and their field paths are never built, which keeps the export thread's garbage down.
 */
final class EpisodeParts {

  private final Sanitizer check;

  EpisodeParts(Sanitizer check) {
    this.check = check;
  }

  Map<String, Object> entries(String[] keys, Object[] values, int count, Supplier<String> field) {
    if (count == 0) {
      return Map.of();
    }
    Map<String, Object> entries = new LinkedHashMap<>(count * 2);
    for (int i = 0; i < count; i++) {
      Object value = values[i];
      entries.put(keys[i], check.isShippable(value) ? value : check.value(value, field.get() + "." + keys[i]));
    }
    return entries;
  }

  Map<String, Object> entries(Map<String, Object> given, String field) {
    if (given.isEmpty()) {
      return given;
    }
    Map<String, Object> entries = new LinkedHashMap<>(given.size() * 2);
    given.forEach((key, value) -> entries.put(key, check.isShippable(value) ? value : check.value(value, field + "." + key)));
    return entries;
  }

  DecisionContext context(MarketSnapshot market, PortfolioState portfolio) {
    if (market == null && portfolio == null) {
      return null;
    }
    MarketSnapshot checkedMarket =
        market == null
            ? null
            : new MarketSnapshot(
                check.number(market.price(), "context.market.price"),
                check.number(market.bid(), "context.market.bid"),
                check.number(market.ask(), "context.market.ask"),
                check.number(market.volume(), "context.market.volume"),
                texts(market.regimes(), "context.market.regimes"));
    PortfolioState checkedPortfolio =
        portfolio == null
            ? null
            : new PortfolioState(
                check.number(portfolio.equity(), "context.portfolio.equity"),
                check.number(portfolio.cash(), "context.portfolio.cash"),
                check.number(portfolio.position(), "context.portfolio.position"),
                check.number(portfolio.exposure(), "context.portfolio.exposure"));
    return new DecisionContext(checkedMarket, checkedPortfolio);
  }

  Thesis thesis(Thesis thesis) {
    if (thesis == null) {
      return null;
    }
    Double conviction = thesis.conviction();
    if (check.fits(thesis.statement())
        && check.fits(thesis.invalidation())
        && (conviction == null || conviction >= 0 && conviction <= 1)) {
      return thesis;
    }
    return new Thesis(
        check.text(thesis.statement(), "thesis.statement"),
        thesis.direction(),
        check.range(thesis.conviction(), 0, 1, "thesis.conviction"),
        thesis.horizon(),
        check.text(thesis.invalidation(), "thesis.invalidation"));
  }

  /** The signals held in the episode's parallel arrays; {@code texts}, {@code weights}, {@code sources} and {@code observedAt} may be null when no signal has one. */
  List<Signal> signals(
      String[] names,
      byte[] kinds,
      double[] numbers,
      String[] texts,
      double[] weights,
      String[] sources,
      Instant[] observedAt,
      int count) {
    if (count == 0) {
      return List.of();
    }
    List<Signal> signals = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String text = texts == null ? null : texts[i];
      SignalValue value =
          switch (kinds[i]) {
            case SignalKinds.BOOLEAN -> SignalValue.of(numbers[i] != 0);
            case SignalKinds.TEXT -> text == null ? null : SignalValue.of(text);
            default -> Double.isFinite(numbers[i]) ? SignalValue.of(numbers[i]) : nonFinite(numbers[i], "signals[" + i + "].value");
          };
      double given = weights == null ? Double.NaN : weights[i];
      Double weight =
          Double.isNaN(given) ? null : Double.isFinite(given) ? Double.valueOf(given) : check.number(given, "signals[" + i + "].weight");
      signals.add(
          new Signal(names[i], value, weight, sources == null ? null : sources[i], observedAt == null ? null : observedAt[i]));
    }
    return signals;
  }

  List<Alternative> alternatives(List<Alternative> alternatives) {
    if (alternatives == null) {
      return List.of();
    }
    List<Alternative> checked = new ArrayList<>(alternatives.size());
    for (int i = 0; i < alternatives.size(); i++) {
      Alternative alternative = alternatives.get(i);
      if (check.fits(alternative.action()) && check.fits(alternative.reason()) && finite(alternative.score())) {
        checked.add(alternative);
        continue;
      }
      String field = "alternatives[" + i + "]";
      checked.add(
          new Alternative(
              check.text(alternative.action(), field + ".action"),
              check.text(alternative.reason(), field + ".reason"),
              check.number(alternative.score(), field + ".score")));
    }
    return checked;
  }

  RiskBudget riskBudget(RiskBudget budget) {
    if (budget == null
        || finite(budget.maxLoss()) && finite(budget.positionLimit()) && finite(budget.leverage()) && finite(budget.stopDistance())) {
      return budget;
    }
    return new RiskBudget(
        check.number(budget.maxLoss(), "riskBudget.maxLoss"),
        check.number(budget.positionLimit(), "riskBudget.positionLimit"),
        check.number(budget.leverage(), "riskBudget.leverage"),
        check.number(budget.stopDistance(), "riskBudget.stopDistance"));
  }

  ExitPlan exitPlan(ExitPlan plan) {
    if (plan == null || finite(plan.takeProfit()) && finite(plan.stopLoss()) && check.fits(plan.trailingRule())) {
      return plan;
    }
    return new ExitPlan(
        check.number(plan.takeProfit(), "exitPlan.takeProfit"),
        check.number(plan.stopLoss(), "exitPlan.stopLoss"),
        check.text(plan.trailingRule(), "exitPlan.trailingRule"),
        plan.timeExit());
  }

  Action action(Action action) {
    if (action == null || finite(action.quantity()) && finite(action.limitPrice()) && check.fits(action.orderId())) {
      return action;
    }
    return new Action(
        action.side(),
        check.number(action.quantity(), "action.quantity"),
        action.orderType(),
        check.number(action.limitPrice(), "action.limitPrice"),
        check.text(action.orderId(), "action.orderId"));
  }

  List<Step> steps(List<Object> steps) {
    if (steps == null) {
      return List.of();
    }
    List<Step> checked = new ArrayList<>(steps.size());
    for (int i = 0; i < steps.size(); i++) {
      Object step = steps.get(i);
      checked.add(step instanceof RecordingStep recording ? recording.toStep(this, i) : step((Step) step, i));
    }
    return checked;
  }

  Step step(Step step, int index) {
    String field = "steps[" + index + "]";
    return new Step(
        check.text(step.name(), field + ".name"),
        entries(step.inputs(), field + ".inputs"),
        check.value(step.output(), field + ".output"),
        check.text(step.reasoning(), field + ".reasoning"),
        step.startedAt(),
        step.duration());
  }

  List<Counterfactual> counterfactuals(List<Counterfactual> counterfactuals, String field) {
    if (counterfactuals == null) {
      return List.of();
    }
    List<Counterfactual> checked = new ArrayList<>(counterfactuals.size());
    for (int i = 0; i < counterfactuals.size(); i++) {
      Counterfactual variant = counterfactuals.get(i);
      String path = field + "[" + i + "]";
      checked.add(
          new Counterfactual(
              check.text(variant.variant(), path + ".variant"),
              entries(variant.parameters(), path + ".parameters"),
              check.number(variant.realizedPnl(), path + ".realizedPnl"),
              check.number(variant.returnFraction(), path + ".returnFraction"),
              check.text(variant.exitReason(), path + ".exitReason")));
    }
    return checked;
  }

  Sanitizer check() {
    return check;
  }

  private SignalValue nonFinite(double value, String field) {
    check.number(value, field);
    return null;
  }

  /** Whether {@link Sanitizer#number} keeps {@code value} as it is. */
  private static boolean finite(Double value) {
    return value == null || Double.isFinite(value);
  }

  private List<String> texts(List<String> values, String field) {
    List<String> checked = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      checked.add(check.text(values.get(i), field + "[" + i + "]"));
    }
    return checked;
  }
}
