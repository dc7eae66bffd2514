package dev.decisiontrace.export.otlp;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.decisiontrace.internal.http.SdkVersion;
import dev.decisiontrace.model.EpisodeRecord;
import dev.decisiontrace.model.TraceRecord;
import dev.decisiontrace.wire.RecordJsonEncoder;
import dev.decisiontrace.wire.WireFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * Writes an OTLP {@code ExportLogsServiceRequest} in the OTLP/HTTP JSON encoding: lowerCamelCase
 * field names, 64-bit times as decimal strings, enums as integers. One resource ({@code
 * service.name=decisiontrace} and the {@code telemetry.sdk.*} attributes), one scope ({@code
 * dev.decisiontrace}), and one log record per record: its JSON line as the body, an event name
 * {@code decisiontrace.<type>}, severity INFO, and the record's ids, type, strategy, instrument and
 * schema version as attributes. Thread-safe.
 */
final class OtlpLogsJson {

  private static final String SCOPE = "dev.decisiontrace";

  private static final String SERVICE_NAME = "decisiontrace";
  private static final int SEVERITY_NUMBER_INFO = 9;
  private static final JsonFactory JSON = new JsonFactory();

  private final RecordJsonEncoder encoder = new RecordJsonEncoder();

  /** The request carrying {@code records}, observed at {@code observedAt}, as UTF-8 JSON. */
  byte[] exportLogsServiceRequest(List<TraceRecord> records, Instant observedAt)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(records.size(), 1024) * 2048);
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.writeStartObject();
      json.writeArrayFieldStart("resourceLogs");
      json.writeStartObject();
      json.writeObjectFieldStart("resource");
      json.writeArrayFieldStart("attributes");
      attribute(json, "service.name", SERVICE_NAME);
      attribute(json, "telemetry.sdk.name", "decisiontrace");
      attribute(json, "telemetry.sdk.language", "java");
      attribute(json, "telemetry.sdk.version", SdkVersion.VERSION);
      json.writeEndArray();
      json.writeEndObject();
      json.writeArrayFieldStart("scopeLogs");
      json.writeStartObject();
      json.writeObjectFieldStart("scope");
      json.writeStringField("name", SCOPE);
      json.writeStringField("version", SdkVersion.VERSION);
      json.writeEndObject();
      json.writeArrayFieldStart("logRecords");
      String observed = unixNanos(observedAt);
      for (TraceRecord record : records) {
        logRecord(json, record, observed);
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeEndArray();
      json.writeEndObject();
      json.writeEndArray();
      json.writeEndObject();
    }
    return out.toByteArray();
  }

  private void logRecord(JsonGenerator json, TraceRecord record, String observed)
      throws IOException {
    json.writeStartObject();
    stringField(json, "timeUnixNano", unixNanos(record.emittedAt()));
    stringField(json, "observedTimeUnixNano", observed);
    json.writeNumberField("severityNumber", SEVERITY_NUMBER_INFO);
    json.writeStringField("severityText", "INFO");
    json.writeStringField("eventName", "decisiontrace." + record.type().wireName());
    json.writeObjectFieldStart("body");
    json.writeStringField("stringValue", encoder.toJson(record));
    json.writeEndObject();
    json.writeArrayFieldStart("attributes");
    attribute(json, "decisiontrace.record.type", record.type().wireName());
    attribute(json, "decisiontrace.record.id", record.recordId());
    attribute(json, "decisiontrace.episode.id", record.episodeId());
    if (record instanceof EpisodeRecord episode) {
      attribute(
          json,
          "decisiontrace.strategy.name",
          episode.strategy() == null ? null : episode.strategy().name());
      attribute(json, "decisiontrace.instrument", episode.instrument());
    }
    attribute(json, "decisiontrace.schema.version", WireFormat.SCHEMA_VERSION);
    json.writeEndArray();
    json.writeEndObject();
  }

  /** A string attribute; none when {@code value} is {@code null}, as OTLP has no null string. */
  private static void attribute(JsonGenerator json, String key, String value) throws IOException {
    if (value == null) {
      return;
    }
    json.writeStartObject();
    json.writeStringField("key", key);
    json.writeObjectFieldStart("value");
    json.writeStringField("stringValue", value);
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void stringField(JsonGenerator json, String name, String value)
      throws IOException {
    if (value != null) {
      json.writeStringField(name, value);
    }
  }

  /**
   * Nanoseconds since the epoch as a decimal string, the JSON form of OTLP's {@code fixed64};
   * {@code null}, leaving the field out (which OTLP reads as unknown), for a time it cannot hold.
   */
  private static String unixNanos(Instant time) {
    if (time == null || time.getEpochSecond() < 0) {
      return null;
    }
    try {
      return Long.toString(
          Math.addExact(Math.multiplyExact(time.getEpochSecond(), 1_000_000_000L), time.getNano()));
    } catch (ArithmeticException beyond2262) {
      return null;
    }
  }
}
