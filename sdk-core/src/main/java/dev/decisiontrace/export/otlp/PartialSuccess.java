package dev.decisiontrace.export.otlp;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * The {@code partialSuccess} of an OTLP {@code ExportLogsServiceResponse} in JSON: how many log
 * records the receiver refused, and its message. OTLP does not say which records those were.
 *
 * @param rejectedLogRecords how many were refused; 0 when the answer says nothing
 * @param errorMessage the receiver's message; empty when none
 */
record PartialSuccess(long rejectedLogRecords, String errorMessage) {

  private static final JsonFactory JSON = new JsonFactory();

  /** Whether the receiver reported anything: refused records or a warning. */
  boolean isReported() {
    return rejectedLogRecords > 0 || !errorMessage.isEmpty();
  }

  /**
   * Reads a response body; an empty one is a full success.
   *
   * @throws IOException if {@code body} is not empty and not such a JSON object
   */
  static PartialSuccess parse(String body) throws IOException {
    long rejected = 0;
    String message = "";
    if (body.isBlank()) {
      return new PartialSuccess(rejected, message);
    }
    try (JsonParser parser = JSON.createParser(body)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new JsonParseException(parser, "not a JSON object");
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        if (parser.nextToken() == JsonToken.START_OBJECT && field.equals("partialSuccess")) {
          while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String inner = parser.currentName();
            parser.nextToken();
            switch (inner) {
              // int64 is a decimal string in OTLP JSON; some receivers write a number.
              case "rejectedLogRecords" -> rejected = parser.getValueAsLong(0);
              case "errorMessage" -> message = parser.getValueAsString("");
              default -> {}
            }
            parser.skipChildren();
          }
        } else {
          parser.skipChildren();
        }
      }
    }
    return new PartialSuccess(rejected, message);
  }
}
