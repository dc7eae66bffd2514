package dev.decisiontrace.bench;

import org.openjdk.jmh.annotations.Threads;

/**
 * {@link RecordingBenchmark} with two recording threads sharing one instance of each library. On a
 * 2-core machine they compete with each library's own background thread for the cores.
 */
@Threads(2)
public class RecordingTwoThreadsBenchmark extends RecordingBenchmark {}
