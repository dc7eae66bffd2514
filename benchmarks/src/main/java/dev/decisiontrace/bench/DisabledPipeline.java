package dev.decisiontrace.bench;

import dev.decisiontrace.DecisionTrace;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** DecisionTrace switched off by configuration: the floor, what the calls cost when they do nothing. */
@State(Scope.Benchmark)
public class DisabledPipeline {

  DecisionTrace trace;

  @Setup(Level.Trial)
  public void start() {
    trace = DecisionTrace.builder().enabled(false).build();
  }
}
