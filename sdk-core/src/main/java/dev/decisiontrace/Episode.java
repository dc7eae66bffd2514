package dev.decisiontrace;

import dev.decisiontrace.model.Action;
import dev.decisiontrace.model.Alternative;
import dev.decisiontrace.model.Counterfactual;
import dev.decisiontrace.model.Direction;
import dev.decisiontrace.model.ExitPlan;
import dev.decisiontrace.model.MarketSnapshot;
import dev.decisiontrace.model.PortfolioState;
import dev.decisiontrace.model.RiskBudget;
import dev.decisiontrace.model.Signal;
import dev.decisiontrace.model.Step;
import dev.decisiontrace.model.Thesis;
import java.time.Instant;

/**
 * One decision being recorded: from the moment the strategy starts considering it until it acts.
 * Closing it ships the decision snapshot; the outcome follows later through
 * {@link DecisionTrace#outcomeForEpisode(String)} or {@link DecisionTrace#outcomeForOrder(String)}.
 *
 * <p><b>Thread-safety.</b> Thread-safe: calls from several threads (for example steps computed on an
 * executor, see {@link EpisodeContext}) are serialised on the episode. Every method returns quickly,
 * never blocks on I/O and never throws.
 *
 * <p><b>Bad input.</b> Nothing is rejected with an exception. A {@code null} or blank name drops the
 * item; NaN and infinities are kept and written as {@code null}; strings longer than
 * {@code decisiontrace.limits.max-string-length} are cut; items past their cap are dropped. Each such
 * repair is listed in the shipped record's {@code quality} and counted in
 * {@link DecisionTrace#metrics()}. Calls after {@link #close()} are ignored and counted.
 */
public interface Episode extends AutoCloseable {

  /** The current episode of this thread, or a no-op episode when there is none. */
  static Episode current() {
    return EpisodeContext.current();
  }

  /** This episode's id: unique, ordered by opening time; empty for a no-op episode. */
  String id();

  /** Whether calls on this episode are recorded (false once closed, and for no-op episodes). */
  boolean isRecording();

  /** Adds a tag. */
  Episode tag(String tag);

  /** Sets a text attribute. */
  Episode attribute(String key, String value);

  /** Sets a numeric attribute. */
  Episode attribute(String key, double value);

  /** Sets a numeric attribute. */
  Episode attribute(String key, long value);

  /** Sets a boolean attribute. */
  Episode attribute(String key, boolean value);

  /**
   * Sets an attribute of any type. Strings, numbers, booleans, enums, times, and lists and maps of
   * them are written as JSON; anything else by its {@code toString()}, called later on the export
   * thread (so pass values that do not change afterwards). A value whose {@code toString()} throws is
   * written as {@code null} and flagged.
   */
  Episode attribute(String key, Object value);

  /** The market at decision time. */
  Episode market(MarketSnapshot market);

  /** The portfolio at decision time. */
  Episode portfolio(PortfolioState portfolio);

  /** The thesis. */
  Episode thesis(Thesis thesis);

  /** The thesis, from its three essential parts. */
  Episode thesis(String statement, Direction direction, double conviction);

  /** A numeric signal. */
  Episode signal(String name, double value);

  /** A numeric signal with its weight and source ({@code NaN} weight means none). */
  Episode signal(String name, double value, double weight, String source);

  /** A boolean signal. */
  Episode signal(String name, boolean value);

  /** A text signal. */
  Episode signal(String name, String value);

  /**
   * A signal given whole, for when its observation time or source matters. A {@code null} value
   * records the signal without a value; a {@code null} signal is dropped and flagged.
   */
  Episode signal(Signal signal);

  /** An alternative the strategy considered and rejected, and why. */
  Episode alternative(String action, String reason);

  /** An alternative the strategy considered and rejected. */
  Episode alternative(Alternative alternative);

  /** The risk budget. */
  Episode riskBudget(RiskBudget riskBudget);

  /** The exit plan. */
  Episode exitPlan(ExitPlan exitPlan);

  /** What the strategy did, decided now. */
  Episode action(Action action);

  /** What the strategy did, decided at {@code decidedAt} (the bar's time in a backtest). */
  Episode action(Action action, Instant decidedAt);

  /**
   * Starts a timed reasoning step; close the returned scope when the step is done. Steps are kept in
   * the order they started.
   */
  StepScope step(String name);

  /** Adds a step that was timed elsewhere. */
  Episode step(Step step);

  /** A variant already evaluated at decision time. */
  Episode counterfactual(Counterfactual counterfactual);

  /**
   * Ships the episode now as {@code abandoned}, with what it has. Later calls are ignored.
   *
   * @param reason why, such as {@code "data gap"}; {@code null} is recorded as {@code "unspecified"}
   */
  void abandon(String reason);

  /**
   * Ships the episode as {@code decided} and stops it being the thread's current episode. Idempotent.
   */
  @Override
  void close();
}
