package dev.decisiontrace.config;

import java.nio.file.Path;

/**
 * The disk spool that keeps batches the exporter could not deliver: the
 * {@code decisiontrace.spool.*} keys. Immutable.
 *
 * @param enabled {@code decisiontrace.spool.enabled}
 * @param directory {@code decisiontrace.spool.dir}
 * @param maxBytes {@code decisiontrace.spool.max-bytes}
 */
public record SpoolSettings(boolean enabled, Path directory, long maxBytes) {}
