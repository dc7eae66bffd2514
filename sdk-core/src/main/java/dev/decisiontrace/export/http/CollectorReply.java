package dev.decisiontrace.export.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.decisiontrace.export.RecordRejection;
import dev.decisiontrace.model.TraceRecord;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the records a collector refused from its {@code 200} answer, {@code {"accepted": n,
 * "duplicates": n, "rejected": [{"recordId", "line", "reason"}]}}; other fields are ignored.
 * Stateless.
 */
final class CollectorReply {

  private static final JsonFactory JSON = new JsonFactory();

  private CollectorReply() {}

  /**
   * The refused records of {@code sent}. A rejection without a record id is matched to the record
   * on its 1-based {@code line}; one matching neither keeps a {@code null} id, so that it is still
   * counted.
   *
   * @throws IOException if {@code body} is not such an object
   */
  static List<RecordRejection> rejections(String body, List<TraceRecord> sent) throws IOException {
    List<RecordRejection> rejections = new ArrayList<>();
    try (JsonParser parser = JSON.createParser(body)) {
      expect(parser, parser.nextToken(), JsonToken.START_OBJECT);
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if (field.equals("rejected") && value != JsonToken.VALUE_NULL) {
          expect(parser, value, JsonToken.START_ARRAY);
          while (parser.nextToken() != JsonToken.END_ARRAY) {
            expect(parser, parser.currentToken(), JsonToken.START_OBJECT);
            rejections.add(rejection(parser, sent));
          }
        } else {
          parser.skipChildren();
        }
      }
      expect(parser, parser.currentToken(), JsonToken.END_OBJECT);
    }
    return rejections;
  }

  private static RecordRejection rejection(JsonParser parser, List<TraceRecord> sent)
      throws IOException {
    String recordId = null;
    int line = 0;
    String reason = null;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      parser.nextToken();
      switch (field) {
        case "recordId" -> recordId = parser.getValueAsString();
        case "line" -> line = parser.getValueAsInt(0);
        case "reason" -> reason = parser.getValueAsString();
        default -> {}
      }
      parser.skipChildren();
    }
    if (recordId == null && line >= 1 && line <= sent.size()) {
      recordId = sent.get(line - 1).recordId();
    }
    return new RecordRejection(recordId, reason == null ? "no reason given" : reason);
  }

  private static void expect(JsonParser parser, JsonToken actual, JsonToken expected)
      throws JsonParseException {
    if (actual != expected) {
      throw new JsonParseException(parser, "expected " + expected + " but found " + actual);
    }
  }
}
