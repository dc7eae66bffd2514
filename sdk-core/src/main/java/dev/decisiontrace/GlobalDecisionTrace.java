package dev.decisiontrace;

import java.util.Objects;

/**
 * The process-wide {@link DecisionTrace}, for code that cannot be handed one: annotated methods woven
 * by the agent or by Spring, and legacy code.
 *
 * <p>Set it once at start-up; until then {@link #get()} returns a no-op instance, so recording before
 * start-up completes is silently skipped rather than failing. Thread-safe.
 */
public final class GlobalDecisionTrace {

  private static final Object LOCK = new Object();
  private static volatile DecisionTrace instance;
  private static Throwable setAt;

  private GlobalDecisionTrace() {}

  /** The global instance, or a no-op instance if none was set. */
  public static DecisionTrace get() {
    DecisionTrace current = instance;
    return current != null ? current : DecisionTrace.noop();
  }

  /**
   * Publishes {@code decisionTrace} as the global instance.
   *
   * @throws NullPointerException if {@code decisionTrace} is null
   * @throws IllegalStateException if an instance was already set; the exception's cause shows where
   */
  public static void set(DecisionTrace decisionTrace) {
    Objects.requireNonNull(decisionTrace, "decisionTrace");
    synchronized (LOCK) {
      if (instance != null) {
        throw new IllegalStateException(
            "GlobalDecisionTrace.set was already called; the first call's stack trace is the cause."
                + " Set the global instance once, at start-up.",
            setAt);
      }
      setAt = new Throwable("GlobalDecisionTrace first set here");
      instance = decisionTrace;
    }
  }

  /** For tests only: forgets the global instance (without closing it) so another can be set. */
  public static void resetForTesting() {
    synchronized (LOCK) {
      instance = null;
      setAt = null;
    }
  }
}
