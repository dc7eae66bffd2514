package dev.decisiontrace.export.otlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.util.JsonFormat;
import dev.decisiontrace.internal.http.SdkVersion;
import dev.decisiontrace.model.TraceRecord;
import dev.decisiontrace.wire.RecordJsonEncoder;
import dev.decisiontrace.wire.TestRecords;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.logs.v1.LogRecord;
import io.opentelemetry.proto.logs.v1.ResourceLogs;
import io.opentelemetry.proto.logs.v1.ScopeLogs;
import io.opentelemetry.proto.logs.v1.SeverityNumber;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OTLP exporter's payload, parsed by the official OTLP classes: it is a valid {@code
 * ExportLogsServiceRequest} in the OTLP/HTTP JSON encoding, and carries what the exporter promises.
 */
class OtlpPayloadTest {

  private static final Instant OBSERVED = Instant.parse("2025-01-06T09:00:00.000000123Z");
  private static final List<TraceRecord> RECORDS =
      List.of(
          TestRecords.fullEpisode(), TestRecords.outcomeByOrderId(), TestRecords.fullFeedback());

  private static ExportLogsServiceRequest request;

  @BeforeAll
  static void parseThePayload() throws Exception {
    byte[] payload = new OtlpLogsJson().exportLogsServiceRequest(RECORDS, OBSERVED);
    ExportLogsServiceRequest.Builder builder = ExportLogsServiceRequest.newBuilder();
    JsonFormat.parser().merge(new String(payload, StandardCharsets.UTF_8), builder);
    request = builder.build();
  }

  private static Map<String, String> attributes(List<KeyValue> keyValues) {
    Map<String, String> attributes = new LinkedHashMap<>();
    keyValues.forEach(kv -> attributes.put(kv.getKey(), kv.getValue().getStringValue()));
    return attributes;
  }

  private static LogRecord logRecord(int index) {
    return request.getResourceLogs(0).getScopeLogs(0).getLogRecords(index);
  }

  private static long unixNanos(Instant time) {
    return time.getEpochSecond() * 1_000_000_000L + time.getNano();
  }

  @Test
  void theResourceNamesTheServiceAndTheSdk() {
    ResourceLogs resourceLogs = request.getResourceLogs(0);

    assertEquals(1, request.getResourceLogsCount());
    assertEquals(
        Map.of(
            "service.name", "decisiontrace",
            "telemetry.sdk.name", "decisiontrace",
            "telemetry.sdk.language", "java",
            "telemetry.sdk.version", SdkVersion.VERSION),
        attributes(resourceLogs.getResource().getAttributesList()));
  }

  @Test
  void theScopeIsTheSdksPackageAndVersion() {
    ScopeLogs scopeLogs = request.getResourceLogs(0).getScopeLogs(0);

    assertEquals("dev.decisiontrace", scopeLogs.getScope().getName());
    assertEquals(SdkVersion.VERSION, scopeLogs.getScope().getVersion());
    assertEquals(3, scopeLogs.getLogRecordsCount());
  }

  @Test
  void eachLogRecordCarriesItsRecordsJsonLineAsBody() {
    RecordJsonEncoder encoder = new RecordJsonEncoder();

    for (int i = 0; i < RECORDS.size(); i++) {
      assertEquals(encoder.toJson(RECORDS.get(i)), logRecord(i).getBody().getStringValue());
    }
  }

  @Test
  void theLogRecordIsTimedAtEmissionAndObservedAtExport() {
    assertEquals(unixNanos(TestRecords.EMITTED), logRecord(0).getTimeUnixNano());
    assertEquals(unixNanos(OBSERVED), logRecord(0).getObservedTimeUnixNano());
  }

  @Test
  void theLogRecordIsAnInfoEventNamedAfterTheRecordType() {
    assertEquals(SeverityNumber.SEVERITY_NUMBER_INFO, logRecord(0).getSeverityNumber());
    assertEquals("INFO", logRecord(0).getSeverityText());
    assertEquals("decisiontrace.episode", logRecord(0).getEventName());
    assertEquals("decisiontrace.outcome", logRecord(1).getEventName());
    assertEquals("decisiontrace.feedback", logRecord(2).getEventName());
  }

  @Test
  void anEpisodesAttributesNameItsRecordEpisodeStrategyAndInstrument() {
    assertEquals(
        Map.of(
            "decisiontrace.record.type", "episode",
            "decisiontrace.record.id", "rec-0001",
            "decisiontrace.episode.id", "ep-0001",
            "decisiontrace.strategy.name", "trend-follower",
            "decisiontrace.instrument", "BTC-USD",
            "decisiontrace.schema.version", "1.0"),
        attributes(logRecord(0).getAttributesList()));
  }

  @Test
  void anOutcomeKnownOnlyByOrderIdHasNoEpisodeIdAttribute() {
    assertEquals(
        Map.of(
            "decisiontrace.record.type", "outcome",
            "decisiontrace.record.id", "rec-0004",
            "decisiontrace.schema.version", "1.0"),
        attributes(logRecord(1).getAttributesList()));
  }

  @Test
  void timesAreDecimalStringsAndTheSeverityAnInteger() throws Exception {
    String json =
        new String(
            new OtlpLogsJson()
                .exportLogsServiceRequest(List.of(TestRecords.fullFeedback()), OBSERVED),
            StandardCharsets.UTF_8);

    assertTrue(
        json.contains(
            "\"timeUnixNano\":\""
                + unixNanos(TestRecords.EMITTED)
                + "\",\"observedTimeUnixNano\":\""
                + unixNanos(OBSERVED)
                + "\",\"severityNumber\":9,"),
        json);
  }
}
