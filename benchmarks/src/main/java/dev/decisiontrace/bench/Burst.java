package dev.decisiontrace.bench;

/**
 * How many decisions one measured invocation of a recording benchmark records back to back.
 *
 * <p>A benchmark loop records faster than any strategy decides, and faster than a background thread
 * can ship: measured flat out, every library would build an ever-growing backlog whose garbage
 * collection (or, with a bounded queue, whose drops or blocking) would swamp the cost of recording
 * itself. So each invocation records a burst of this many decisions while the library's background
 * thread works alongside, as it does in production, and the backlog is drained after the burst,
 * outside the measurement. What the pipeline sustains flat out is {@link ThroughputBenchmark}'s job.
 */
final class Burst {

  static final int DECISIONS = 1_000;

  private Burst() {}
}
