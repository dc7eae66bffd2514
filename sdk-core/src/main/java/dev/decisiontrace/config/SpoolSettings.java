package dev.decisiontrace.config;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The disk spool that keeps batches the exporter could not deliver: the
 * {@code decisiontrace.spool.*} keys. Immutable.
 *
 * @param enabled {@code decisiontrace.spool.enabled}
 * @param directory {@code decisiontrace.spool.dir}
 * @param maxBytes {@code decisiontrace.spool.max-bytes}
 * @param replayInterval {@code decisiontrace.spool.replay-interval}: the longest wait between attempts
 *     to replay while the exporter keeps failing (waits start at one second and double up to it)
 */
public record SpoolSettings(boolean enabled, Path directory, long maxBytes, Duration replayInterval) {}
