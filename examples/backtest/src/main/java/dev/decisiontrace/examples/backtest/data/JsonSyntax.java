package dev.decisiontrace.examples.backtest.data;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;

/**
 * Says in a few words what is wrong with a JSON file, for a one-line error that already names the
 * file, line and column. Jackson's own messages describe the parser's input source and the position
 * again, which is noise to someone fixing a data file.
 */
final class JsonSyntax {

  // Jackson reports a cut file as JsonEOFException on some paths and as a plain JsonParseException on
  // others ("... within/between Object entries"); the message's start is what they share.
  private static final String END_OF_INPUT = "Unexpected end-of-input";
  private static final String SOURCE_DESCRIPTION = "[Source:";

  private JsonSyntax() {}

  static String reason(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    if (message.startsWith(END_OF_INPUT)) {
      return "the file ends in the middle of " + unfinished(e);
    }
    // Such as "Unexpected close marker '}': expected ']' (for Array starting at [Source: ...; line: 1, column: 14])".
    int source = message.indexOf(SOURCE_DESCRIPTION);
    return source < 0 ? message : message.substring(0, message.lastIndexOf(" (", source));
  }

  private static String unfinished(JsonProcessingException e) {
    JsonToken token = e instanceof JsonEOFException eof ? eof.getTokenBeingDecoded() : null;
    if (token == JsonToken.VALUE_STRING) {
      return "a string";
    }
    if (token == JsonToken.FIELD_NAME) {
      return "a field name";
    }
    if (token != null && token.isNumeric()) {
      return "a number";
    }
    return e.getProcessor() instanceof JsonParser parser && parser.getParsingContext().inArray()
        ? "an array"
        : "an object";
  }
}
