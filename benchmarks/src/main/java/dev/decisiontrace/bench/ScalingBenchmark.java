package dev.decisiontrace.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How recording cost and end-to-end throughput grow with the episode: the representative episode
 * with 1, 8 or 64 signals, everything else unchanged; recording is measured in bursts like
 * {@link RecordingBenchmark}. The OpenTelemetry span with as many attributes
 * is measured beside it for scale.
 */
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Threads(1)
public class ScalingBenchmark {

  /** Each thread's decision, with the parameterised number of signals. */
  @State(Scope.Thread)
  public static class Inputs {

    @Param({"1", "8", "64"})
    public int signals;

    Decision decision;

    @Setup(Level.Trial)
    public void make() {
      decision = new Decision(signals);
    }
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  @OperationsPerInvocation(Burst.DECISIONS)
  public void decisionTrace(DecisionTracePipeline.Caller caller, Inputs inputs) {
    for (int i = 0; i < Burst.DECISIONS; i++) {
      Recordings.decisionTrace(caller.trace, inputs.decision);
    }
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  @OperationsPerInvocation(Burst.DECISIONS)
  public void openTelemetrySpan(OtelPipeline.Caller caller, Inputs inputs) {
    for (int i = 0; i < Burst.DECISIONS; i++) {
      Recordings.otelSpan(caller.tracer, inputs.decision);
    }
    caller.spans += Burst.DECISIONS;
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @OperationsPerInvocation(EndToEndRun.EPISODES)
  public void jsonLinesFile(FileRun run, Inputs inputs) {
    run.recordAndClose(inputs.decision);
  }
}
