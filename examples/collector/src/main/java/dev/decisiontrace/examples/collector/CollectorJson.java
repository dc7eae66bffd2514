package dev.decisiontrace.examples.collector;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The collector's one JSON configuration. */
final class CollectorJson {

  private CollectorJson() {}

  /**
   * A mapper that refuses a line holding more than one JSON value, and keeps numbers exactly as sent
   * (as decimals, trailing zeros too), so a merged episode echoes the SDK's numbers unchanged.
   */
  static ObjectMapper mapper() {
    return JsonMapper.builder()
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .build();
  }
}
