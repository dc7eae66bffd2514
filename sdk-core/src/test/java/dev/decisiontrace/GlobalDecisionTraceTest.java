package dev.decisiontrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GlobalDecisionTraceTest {

  @AfterEach
  void reset() {
    GlobalDecisionTrace.resetForTesting();
  }

  @Test
  void beforeAnyInstanceIsSetTheGlobalRecordsNothing() {
    assertFalse(GlobalDecisionTrace.get().openEpisode("s", null).isRecording());
  }

  @Test
  void theInstanceSetIsTheOneReturned() {
    DecisionTrace trace = DecisionTrace.noop();
    GlobalDecisionTrace.set(trace);
    assertSame(trace, GlobalDecisionTrace.get());
  }

  @Test
  void settingItTwiceFailsAndPointsAtTheFirstCall() {
    GlobalDecisionTrace.set(DecisionTrace.noop());
    IllegalStateException error =
        assertThrows(IllegalStateException.class, () -> GlobalDecisionTrace.set(DecisionTrace.noop()));
    assertEquals(
        "GlobalDecisionTrace.set was already called; the first call's stack trace is the cause."
            + " Set the global instance once, at start-up.",
        error.getMessage());
    assertNotNull(error.getCause());
  }
}
