package dev.decisiontrace.wire;

/**
 * Constants of the DecisionTrace wire format, version {@value #SCHEMA_VERSION}: newline-delimited
 * JSON, one {@link dev.decisiontrace.model.TraceRecord} per line, described by the JSON Schema at
 * {@link #SCHEMA_RESOURCE}.
 *
 * <p>Not instantiable; thread-safe.
 */
public final class WireFormat {

  /** The value of every record's {@code schemaVersion} field. */
  public static final String SCHEMA_VERSION = "1.0";

  /**
   * Where the JSON Schema (draft 2020-12) of the records lives on the class path of {@code
   * sdk-core}; load it with {@code WireFormat.class.getResourceAsStream(SCHEMA_RESOURCE)}.
   */
  public static final String SCHEMA_RESOURCE =
      "/dev/decisiontrace/wire/decisiontrace-records-v1.schema.json";

  /** The media type of a body or file of records: one JSON record per line. */
  public static final String MEDIA_TYPE = "application/x-ndjson";

  private WireFormat() {}
}
