package dev.decisiontrace;

import dev.decisiontrace.model.Counterfactual;
import dev.decisiontrace.model.Fill;
import dev.decisiontrace.model.Outcome;
import java.time.Instant;

/**
 * Collects the fills and outcome of an episode that was decided earlier, then records them as one
 * outcome record. Obtained from {@link DecisionTrace#outcomeForEpisode(String)} or
 * {@link DecisionTrace#outcomeForOrder(String)}.
 *
 * <p>Not thread-safe: fill it on one thread and call {@link #record()} once; later calls do nothing.
 * Never throws; bad values are handled as on {@link Episode}.
 */
public interface OutcomeReporter {

  /** Adds an execution. */
  OutcomeReporter fill(Fill fill);

  /** The result. */
  OutcomeReporter outcome(Outcome outcome);

  /** A variant evaluated after the fact. */
  OutcomeReporter counterfactual(Counterfactual counterfactual);

  /** When the position closed; without it, the last fill's time, else now. */
  OutcomeReporter closedAt(Instant closedAt);

  /** Hands the outcome to the SDK for shipping. */
  void record();
}
