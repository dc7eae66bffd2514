package dev.decisiontrace.examples.collector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.decisiontrace.examples.collector.support.TestCollector;
import dev.decisiontrace.export.ExportResult;
import dev.decisiontrace.export.RecordExporter;
import dev.decisiontrace.export.RecordRejection;
import dev.decisiontrace.model.TraceRecord;
import dev.decisiontrace.wire.RecordJsonEncoder;
import dev.decisiontrace.wire.WireFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A minimal exporter speaking the collector protocol, standing in for the SDK's own {@code http}
 * exporter: one gzip POST per batch, the collector's rejections reported back to the SDK. No retry.
 */
final class HttpPostingExporter implements RecordExporter {

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final RecordJsonEncoder encoder = new RecordJsonEncoder();
  private final ObjectMapper mapper = new ObjectMapper();
  private final URI endpoint;
  private final String token;
  private final List<Integer> statuses = new CopyOnWriteArrayList<>();

  HttpPostingExporter(URI endpoint, String token) {
    this.endpoint = endpoint;
    this.token = token;
  }

  /** The status of every POST so far. */
  List<Integer> statuses() {
    return List.copyOf(statuses);
  }

  @Override
  public ExportResult export(List<TraceRecord> batch) {
    try {
      ByteArrayOutputStream lines = new ByteArrayOutputStream();
      encoder.writeLines(batch, lines);
      HttpRequest request =
          HttpRequest.newBuilder(endpoint)
              .timeout(Duration.ofSeconds(10))
              .header("Content-Type", WireFormat.MEDIA_TYPE)
              .header("Content-Encoding", "gzip")
              .header("Authorization", "Bearer " + token)
              .header("DecisionTrace-Batch-Id", UUID.randomUUID().toString())
              .POST(HttpRequest.BodyPublishers.ofByteArray(TestCollector.gzip(lines.toByteArray())))
              .build();
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      statuses.add(response.statusCode());
      if (response.statusCode() != 200) {
        return ExportResult.failure(
            new IOException("collector answered " + response.statusCode() + ": " + response.body()));
      }
      List<RecordRejection> rejections = new ArrayList<>();
      for (JsonNode rejected : mapper.readTree(response.body()).get("rejected")) {
        rejections.add(new RecordRejection(rejected.get("recordId").asText(null), rejected.get("reason").asText()));
      }
      return new ExportResult().succeedExcept(rejections);
    } catch (IOException e) {
      return ExportResult.retryableFailure(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return ExportResult.retryableFailure(e);
    }
  }

  @Override
  public ExportResult flush() {
    return ExportResult.success();
  }

  @Override
  public ExportResult shutdown() {
    return ExportResult.success();
  }

  @Override
  public String name() {
    return "test-http";
  }
}
