package dev.decisiontrace.export;

/**
 * A record the receiver refused for good (it will never accept it, so it is not retried), and why.
 *
 * @param recordId the refused record's {@link dev.decisiontrace.model.TraceRecord#recordId()}
 * @param reason the receiver's reason, such as {@code "schema: $.signals[0].name is required"}
 */
public record RecordRejection(String recordId, String reason) {}
