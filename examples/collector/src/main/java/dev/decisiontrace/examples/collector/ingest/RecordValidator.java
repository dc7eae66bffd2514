package dev.decisiontrace.examples.collector.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import dev.decisiontrace.wire.WireFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * Validates records against the JSON Schema that ships in {@code sdk-core} ({@link
 * WireFormat#SCHEMA_RESOURCE}), with {@code format} keywords asserted, not only annotated.
 *
 * <p>Thread-safe: the compiled schema is immutable.
 */
public final class RecordValidator {

  private final Schema schema;

  private RecordValidator(Schema schema) {
    this.schema = schema;
  }

  /**
   * Compiles the shipped schema.
   *
   * @throws IllegalStateException if it is not on the class path
   */
  public static RecordValidator load() {
    SchemaRegistryConfig config =
        SchemaRegistryConfig.builder()
            .formatAssertionsEnabled(true)
            // Paths such as $.signals[0], and messages that do not change with the server's locale.
            .pathType(PathType.JSON_PATH)
            .locale(Locale.ROOT)
            .build();
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12, builder -> builder.schemaRegistryConfig(config));
    try (InputStream in = WireFormat.class.getResourceAsStream(WireFormat.SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("schema not on the class path: " + WireFormat.SCHEMA_RESOURCE);
      }
      return new RecordValidator(registry.getSchema(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What is wrong with {@code record}, such as {@code $.signals[0]: required property 'name' not
   * found}; empty if valid. Each error once: a record without a valid {@code type} fails the checks
   * of every record type with the same messages.
   */
  public List<String> errors(JsonNode record) {
    return schema.validate(record).stream().map(com.networknt.schema.Error::toString).distinct().toList();
  }
}
