package dev.decisiontrace.examples.collector.support;

import dev.decisiontrace.DecisionTrace;
import dev.decisiontrace.Episode;
import dev.decisiontrace.model.Action;
import dev.decisiontrace.model.Direction;
import dev.decisiontrace.model.Fill;
import dev.decisiontrace.model.MarketSnapshot;
import dev.decisiontrace.model.Outcome;
import dev.decisiontrace.model.Side;
import java.time.Duration;
import java.time.Instant;

/** Trading decisions as a strategy records them: an entry episode, and later its exit by order id. */
public final class Decisions {

  public static final String STRATEGY = "fault-test";

  private Decisions() {}

  /** Records the decision to enter trade {@code n}, with order id {@code ord-<n>}; one record. */
  public static void enter(DecisionTrace trace, int n) {
    try (Episode episode = trace.episode(STRATEGY).version("1.0").instrument("BTC-USD").open()) {
      episode
          .market(MarketSnapshot.ofPrice(65_000 + n))
          .thesis("Pull-back in an uptrend", Direction.LONG, 0.7)
          .signal("rsi14", 28.5)
          .signal("n", n)
          .action(Action.market(Side.BUY, 0.25, "ord-" + n));
    }
  }

  /** Records the late outcome of trade {@code n}, known only by its order id; one record. */
  public static void exit(DecisionTrace trace, int n) {
    trace
        .outcomeForOrder("ord-" + n)
        .fill(new Fill(Instant.now(), Side.SELL, 0.25, 66_000 + n, 1.2, "ord-" + n + "-exit"))
        .outcome(new Outcome(250.0, 0.015, Duration.ofHours(4), 300.0, 120.0, "target"))
        .record();
  }
}
