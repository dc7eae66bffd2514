package dev.decisiontrace.examples.backtest.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Streams the bar array of a Coinbase or Yahoo Finance JSON file; the array's top-level name decides
 * the layout. Other top-level fields are skipped, and the whole document is read so that a syntax
 * error anywhere is reported.
 */
final class JsonBarsReader {

  // NaN and Infinity literals are read as values, so that they are reported per row, not as a broken file.
  private static final JsonFactory JSON =
      JsonFactory.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

  private JsonBarsReader() {}

  static RowSink read(Path file, InputStream in) throws IOException, MarketDataException {
    RowSink sink = null;
    try (JsonParser parser = JSON.createParser(in)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw MarketDataLoader.unknownFormat(file);
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        BarLayout layout = sink == null ? BarLayout.forJsonArray(parser.currentName()) : null;
        JsonToken value = parser.nextToken();
        if (layout == null) {
          parser.skipChildren();
        } else if (value != JsonToken.START_ARRAY) {
          throw new MarketDataException(
              file + ": \"" + layout.arrayName() + "\" is not an array (found " + value.asString() + ")");
        } else {
          sink = new RowSink(MarketDataLoader.fileName(file), layout);
          readArray(parser, sink);
        }
      }
      if (parser.nextToken() != null) {
        throw new MarketDataException(file + ": unexpected content after the JSON object" + at(parser));
      }
    } catch (JsonProcessingException e) {
      JsonLocation where = e.getLocation();
      String position = where == null ? "" : " at line " + where.getLineNr() + ", column " + where.getColumnNr();
      throw new MarketDataException(file + ": not valid JSON" + position + ": " + JsonSyntax.reason(e), e);
    }
    if (sink == null) {
      throw MarketDataLoader.unknownFormat(file);
    }
    return sink;
  }

  private static void readArray(JsonParser parser, RowSink sink) throws IOException {
    String arrayName = sink.layout().arrayName();
    int index = 0;
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      String location = arrayName + "[" + index++ + "] (line " + parser.currentTokenLocation().getLineNr() + ")";
      if (parser.currentToken() != JsonToken.START_OBJECT) {
        String found = parser.currentToken().isScalarValue() ? parser.getText() : "an array";
        parser.skipChildren();
        sink.unusableRow(location, "not an object: " + FieldValues.quoted(found));
        continue;
      }
      sink.row(location, readFields(parser));
    }
  }

  /** The element's fields as raw text; JSON null as a null value, nested values as a short marker. */
  private static Map<String, String> readFields(JsonParser parser) throws IOException {
    Map<String, String> fields = new HashMap<>(16);
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      if (value == JsonToken.VALUE_NULL) {
        fields.put(name, null);
      } else if (value.isStructStart()) {
        parser.skipChildren();
        fields.put(name, value == JsonToken.START_OBJECT ? "{...}" : "[...]");
      } else {
        fields.put(name, parser.getText());
      }
    }
    return fields;
  }

  private static String at(JsonParser parser) {
    JsonLocation where = parser.currentTokenLocation();
    return " at line " + where.getLineNr() + ", column " + where.getColumnNr();
  }
}
