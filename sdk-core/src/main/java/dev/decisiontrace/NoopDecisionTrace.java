package dev.decisiontrace;

import dev.decisiontrace.metrics.MetricsSnapshot;
import dev.decisiontrace.model.Action;
import dev.decisiontrace.model.Alternative;
import dev.decisiontrace.model.Counterfactual;
import dev.decisiontrace.model.Direction;
import dev.decisiontrace.model.ExitPlan;
import dev.decisiontrace.model.Feedback;
import dev.decisiontrace.model.Fill;
import dev.decisiontrace.model.MarketSnapshot;
import dev.decisiontrace.model.Outcome;
import dev.decisiontrace.model.PortfolioState;
import dev.decisiontrace.model.RiskBudget;
import dev.decisiontrace.model.Signal;
import dev.decisiontrace.model.Step;
import dev.decisiontrace.model.Thesis;
import dev.decisiontrace.model.TradingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** The instance that records nothing: returned when none is configured, disabled, or closed. */
final class NoopDecisionTrace implements DecisionTrace {

  static final NoopDecisionTrace INSTANCE = new NoopDecisionTrace();
  static final NoopEpisode NOOP_EPISODE = NoopEpisode.INSTANCE;
  private static final MetricsSnapshot EMPTY = new MetricsSnapshot(0, 0, 0, 0, Map.of(), Map.of(), 0, 0, 0, 0, 0);

  private NoopDecisionTrace() {}

  @Override
  public EpisodeBuilder episode(String strategy) {
    return NoopEpisode.INSTANCE;
  }

  @Override
  public OutcomeReporter outcomeForEpisode(String episodeId) {
    return NoopEpisode.INSTANCE;
  }

  @Override
  public OutcomeReporter outcomeForOrder(String orderId) {
    return NoopEpisode.INSTANCE;
  }

  @Override
  public void recordFeedback(String episodeId, Feedback feedback) {}

  @Override
  public MetricsSnapshot metrics() {
    return EMPTY;
  }

  @Override
  public boolean flush(Duration timeout) {
    return true;
  }

  @Override
  public boolean close(Duration timeout) {
    return true;
  }

  @Override
  public void close() {}

  @Override
  public String toString() {
    return "DecisionTrace{noop}";
  }

  /** Every handle of the no-op instance: one stateless object. */
  enum NoopEpisode implements Episode, EpisodeBuilder, StepScope, OutcomeReporter {
    INSTANCE;

    @Override
    public String id() {
      return "";
    }

    @Override
    public boolean isRecording() {
      return false;
    }

    @Override
    public NoopEpisode version(String version) {
      return this;
    }

    @Override
    public NoopEpisode instrument(String instrument) {
      return this;
    }

    @Override
    public NoopEpisode mode(TradingMode mode) {
      return this;
    }

    @Override
    public NoopEpisode openedAt(Instant openedAt) {
      return this;
    }

    @Override
    public NoopEpisode tag(String tag) {
      return this;
    }

    @Override
    public Episode open() {
      return this;
    }

    @Override
    public Episode attribute(String key, String value) {
      return this;
    }

    @Override
    public Episode attribute(String key, double value) {
      return this;
    }

    @Override
    public Episode attribute(String key, long value) {
      return this;
    }

    @Override
    public Episode attribute(String key, boolean value) {
      return this;
    }

    @Override
    public Episode attribute(String key, Object value) {
      return this;
    }

    @Override
    public Episode market(MarketSnapshot market) {
      return this;
    }

    @Override
    public Episode portfolio(PortfolioState portfolio) {
      return this;
    }

    @Override
    public Episode thesis(Thesis thesis) {
      return this;
    }

    @Override
    public Episode thesis(String statement, Direction direction, double conviction) {
      return this;
    }

    @Override
    public Episode signal(String name, double value) {
      return this;
    }

    @Override
    public Episode signal(String name, double value, double weight, String source) {
      return this;
    }

    @Override
    public Episode signal(String name, boolean value) {
      return this;
    }

    @Override
    public Episode signal(String name, String value) {
      return this;
    }

    @Override
    public Episode signal(Signal signal) {
      return this;
    }

    @Override
    public Episode alternative(String action, String reason) {
      return this;
    }

    @Override
    public Episode alternative(Alternative alternative) {
      return this;
    }

    @Override
    public Episode riskBudget(RiskBudget riskBudget) {
      return this;
    }

    @Override
    public Episode exitPlan(ExitPlan exitPlan) {
      return this;
    }

    @Override
    public Episode action(Action action) {
      return this;
    }

    @Override
    public Episode action(Action action, Instant decidedAt) {
      return this;
    }

    @Override
    public StepScope step(String name) {
      return this;
    }

    @Override
    public Episode step(Step step) {
      return this;
    }

    @Override
    public NoopEpisode counterfactual(Counterfactual counterfactual) {
      return this;
    }

    @Override
    public void abandon(String reason) {}

    @Override
    public StepScope input(String key, String value) {
      return this;
    }

    @Override
    public StepScope input(String key, double value) {
      return this;
    }

    @Override
    public StepScope input(String key, long value) {
      return this;
    }

    @Override
    public StepScope input(String key, boolean value) {
      return this;
    }

    @Override
    public StepScope input(String key, Object value) {
      return this;
    }

    @Override
    public StepScope output(Object output) {
      return this;
    }

    @Override
    public StepScope reasoning(String reasoning) {
      return this;
    }

    @Override
    public OutcomeReporter fill(Fill fill) {
      return this;
    }

    @Override
    public OutcomeReporter outcome(Outcome outcome) {
      return this;
    }

    @Override
    public OutcomeReporter closedAt(Instant closedAt) {
      return this;
    }

    @Override
    public void record() {}

    @Override
    public void close() {}
  }
}
