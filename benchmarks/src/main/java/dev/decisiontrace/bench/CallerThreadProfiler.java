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
 * Bytes allocated per operation by the benchmark threads alone.
 *
 * <p>JMH's {@code gc} profiler counts every thread in the JVM, so its {@code gc.alloc.rate.norm}
 * includes what each library's background thread allocates (DecisionTrace's export thread builds the
 * records there, on purpose). The trading thread's share is the number the product cares about, so
 * this profiler counts JMH's worker threads only. Use with {@code -prof} and this class's name.
 */
public final class CallerThreadAllocationProfiler implements InternalProfiler {

  static final String METRIC = "caller.alloc.norm";
  private static final String WORKER_MARK = "-jmh-worker-";

  private final com.sun.management.ThreadMXBean threads =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
  private Map<Long, Long> before = Map.of();

  @Override
  public String getDescription() {
    return "bytes allocated per operation by the benchmark (caller) threads only";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    before = workerAllocations();
  }

  @Override
  public Collection<? extends Result<?>> afterIteration(
      BenchmarkParams benchmarkParams, IterationParams iterationParams, IterationResult result) {
    long allocated = 0;
    for (Map.Entry<Long, Long> worker : workerAllocations().entrySet()) {
      // A worker that did not exist at the start has allocated everything it reports since.
      allocated += worker.getValue() - before.getOrDefault(worker.getKey(), 0L);
    }
    long ops = result.getMetadata().getAllOps();
    return List.of(new ScalarResult(METRIC, ops == 0 ? Double.NaN : (double) allocated / ops, "B/op", AggregationPolicy.AVG));
  }

  private Map<Long, Long> workerAllocations() {
    Map<Long, Long> allocations = new HashMap<>();
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.getName().contains(WORKER_MARK)) {
        long bytes = threads.getThreadAllocatedBytes(thread.getId());
        if (bytes >= 0) {
          allocations.put(thread.getId(), bytes);
        }
      }
    }
    return allocations;
  }
}
