package dev.decisiontrace.bench;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * Bytes allocated and CPU time used per operation by the benchmark threads alone.
 *
 * <p>JMH's {@code gc} profiler counts every thread in the JVM, so its {@code gc.alloc.rate.norm}
 * includes what each library's background thread allocates (DecisionTrace's export thread builds the
 * records there, on purpose). The trading thread's share is the number the product cares about, so
 * this profiler counts JMH's worker threads only. Their CPU time is reported too: unlike the wall
 * time of the primary score, it does not grow while a thread waits for a core, so it stays
 * meaningful on a machine shared with other work. Use with {@code -prof} and this class's name.
 */
public final class CallerThreadProfiler implements InternalProfiler {

  static final String ALLOCATION = "caller.alloc.norm";
  static final String CPU = "caller.cpu.norm";
  private static final String WORKER_MARK = "-jmh-worker-";

  private final com.sun.management.ThreadMXBean threads =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
  private Map<Long, long[]> before = Map.of();

  @Override
  public String getDescription() {
    return "bytes allocated and CPU time used per operation by the benchmark (caller) threads only";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    before = workers();
  }

  @Override
  public Collection<? extends Result<?>> afterIteration(
      BenchmarkParams benchmarkParams, IterationParams iterationParams, IterationResult result) {
    long allocated = 0;
    long cpu = 0;
    for (Map.Entry<Long, long[]> worker : workers().entrySet()) {
      // A worker that did not exist at the start has used everything it reports since.
      long[] start = before.getOrDefault(worker.getKey(), new long[2]);
      allocated += worker.getValue()[0] - start[0];
      cpu += worker.getValue()[1] - start[1];
    }
    double ops = result.getMetadata().getAllOps();
    return List.of(
        new ScalarResult(ALLOCATION, ops == 0 ? Double.NaN : allocated / ops, "B/op", AggregationPolicy.AVG),
        new ScalarResult(CPU, ops == 0 ? Double.NaN : cpu / ops, "ns/op", AggregationPolicy.AVG));
  }

  /** Allocated bytes and CPU nanoseconds so far, by worker thread id. */
  private Map<Long, long[]> workers() {
    Map<Long, long[]> usage = new HashMap<>();
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.getName().contains(WORKER_MARK)) {
        long bytes = threads.getThreadAllocatedBytes(thread.getId());
        long cpu = threads.getThreadCpuTime(thread.getId());
        if (bytes >= 0 && cpu >= 0) {
          usage.put(thread.getId(), new long[] {bytes, cpu});
        }
      }
    }
    return usage;
  }
}
