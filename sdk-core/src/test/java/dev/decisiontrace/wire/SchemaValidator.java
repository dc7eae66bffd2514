package dev.decisiontrace.wire;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Validates lines of the wire format against the schema that ships in {@code sdk-core} ({@link
 * WireFormat#SCHEMA_RESOURCE}), with {@code format} keywords asserted, not just annotated.
 *
 * <p>For tests in any module: depend on {@code decisiontrace-sdk-core} with {@code
 * <type>test-jar</type>} (scope {@code test}), plus {@code com.networknt:json-schema-validator} and
 * {@code jackson-databind} in test scope, then call {@link #assertValid(String)} on each line.
 *
 * <p>Thread-safe: the compiled schema is immutable.
 */
public final class SchemaValidator {

  private static final SchemaValidator RECORDS = new SchemaValidator(load());

  private final Schema schema;

  private SchemaValidator(Schema schema) {
    this.schema = schema;
  }

  /** The validator for the records schema, compiled once. */
  public static SchemaValidator records() {
    return RECORDS;
  }

  private static Schema load() {
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder ->
                builder.schemaRegistryConfig(
                    SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    try (InputStream in = WireFormat.class.getResourceAsStream(WireFormat.SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "schema not on the class path: " + WireFormat.SCHEMA_RESOURCE);
      }
      return registry.getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What is wrong with {@code json} (one record, with or without its line terminator); empty if it
   * is valid. Text that is not JSON at all gives a single error saying so.
   */
  public List<String> errors(String json) {
    try {
      return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    } catch (UncheckedIOException e) {
      return List.of("not JSON: " + e.getCause().getMessage());
    }
  }

  /**
   * Fails with an {@link AssertionError} listing every violation and the line itself unless {@code
   * json} is a valid record.
   */
  public void assertValid(String json) {
    List<String> errors = errors(json);
    if (!errors.isEmpty()) {
      throw new AssertionError("not a valid DecisionTrace record: " + errors + "\n" + json);
    }
  }
}
