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
 * Representative episodes per second, end to end from the recording thread to complete lines in the
 * JSON-lines file ({@link FileRun}) and to a local collector through the HTTP exporter
 * ({@link HttpRun}), with every episode checked to have arrived (see {@link EndToEndRun}). The score
 * is in episodes per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Threads(1)
public class ThroughputBenchmark {

  @Benchmark
  @OperationsPerInvocation(EndToEndRun.EPISODES)
  public void jsonLinesFile(FileRun run, RepresentativeInputs inputs) {
    run.recordAndClose(inputs.decision);
  }

  @Benchmark
  @OperationsPerInvocation(EndToEndRun.EPISODES)
  public void httpExporter(HttpRun run, RepresentativeInputs inputs) {
    run.recordAndClose(inputs.decision);
  }
}
