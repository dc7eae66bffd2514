package dev.decisiontrace.examples.collector.ingest;

/**
 * A line the collector will never accept.
 *
 * @param recordId the line's {@code recordId}, or {@code null} if none could be read
 * @param line its 1-based line number in the body
 * @param reason why, such as {@code schema: $.signals[0]: required property 'name' not found}
 */
public record Rejection(String recordId, int line, String reason) {}
