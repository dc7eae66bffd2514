package dev.decisiontrace.examples.collector.ingest;

import static dev.decisiontrace.examples.collector.UntrustedText.neutralise;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.decisiontrace.examples.collector.store.IncomingRecord;
import dev.decisiontrace.model.TraceRecord;
import dev.decisiontrace.wire.RecordJsonDecoder;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one line: parses it, validates it against the schema, decodes it with the SDK's own decoder
 * and extracts what the store indexes. Never throws: whatever is wrong with the line becomes its
 * rejection, so that one bad line cannot fail the batch.
 *
 * <p>Thread-safe.
 */
public final class LineParser {

  /** Longest reason returned, so that a line with thousands of errors gets a bounded answer. */
  static final int MAX_REASON_LENGTH = 1_000;

  private static final Logger log = LoggerFactory.getLogger(LineParser.class);

  private final ObjectMapper mapper;
  private final RecordValidator validator;
  private final RecordJsonDecoder decoder = new RecordJsonDecoder();

  public LineParser(ObjectMapper mapper, RecordValidator validator) {
    this.mapper = mapper;
    this.validator = validator;
  }

  /** The record on {@code line}, or why there is none. */
  public ParsedLine parse(Line line) {
    JsonNode node;
    try {
      node = mapper.readTree(line.text());
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
      return reject(null, line, "not JSON: " + e.getOriginalMessage() + where);
    }
    String recordId = node.path("recordId").isTextual() ? node.get("recordId").asText() : null;
    try {
      List<String> errors = validator.errors(node);
      if (!errors.isEmpty()) {
        return reject(recordId, line, "schema: " + String.join("; ", errors));
      }
      TraceRecord record = decoder.decode(line.text());
      return new ParsedLine.Valid(IncomingRecord.of(record, line.text()));
    } catch (JsonProcessingException e) {
      return reject(recordId, line, "unreadable: " + e.getOriginalMessage());
    } catch (IOException | RuntimeException e) {
      log.warn("line {} (record {}) could not be processed", line.number(), neutralise(recordId), e);
      return reject(recordId, line, "could not be processed: " + e);
    }
  }

  private static ParsedLine reject(String recordId, Line line, String reason) {
    String bounded =
        reason.length() <= MAX_REASON_LENGTH ? reason : reason.substring(0, MAX_REASON_LENGTH - 3) + "...";
    return new ParsedLine.Invalid(new Rejection(recordId, line.number(), bounded));
  }
}
