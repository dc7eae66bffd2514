package dev.decisiontrace.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the recording thread pays for one representative decision (thesis, 8 signals, 2 rejected
 * alternatives, risk budget, exit plan, 3 steps of 2 inputs, action), with DecisionTrace and with
 * what a user would otherwise reach for, in the same run. Scores are per decision, recorded in
 * bursts (see {@link Burst}). One recording thread here; {@link RecordingTwoThreadsBenchmark} runs
 * the same methods on two.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Threads(1)
@OperationsPerInvocation(Burst.DECISIONS)
public class RecordingBenchmark {

  @Benchmark
  public void decisionTrace(DecisionTracePipeline.Caller caller, RepresentativeInputs inputs) {
    for (int i = 0; i < Burst.DECISIONS; i++) {
      Recordings.decisionTrace(caller.trace, inputs.decision);
    }
  }

  @Benchmark
  public void decisionTraceDisabled(DisabledPipeline pipeline, RepresentativeInputs inputs) {
    for (int i = 0; i < Burst.DECISIONS; i++) {
      Recordings.decisionTrace(pipeline.trace, inputs.decision);
    }
  }

  @Benchmark
  public void openTelemetrySpan(OtelPipeline.Caller caller, RepresentativeInputs inputs) {
    for (int i = 0; i < Burst.DECISIONS; i++) {
      Recordings.otelSpan(caller.tracer, inputs.decision);
    }
    caller.spans += Burst.DECISIONS;
  }

  @Benchmark
  public void logbackAsyncLine(LogbackPipeline.Caller caller, RepresentativeInputs inputs) {
    for (int i = 0; i < Burst.DECISIONS; i++) {
      Recordings.logLine(caller.logger, inputs.decision);
    }
    caller.lines += Burst.DECISIONS;
  }
}
