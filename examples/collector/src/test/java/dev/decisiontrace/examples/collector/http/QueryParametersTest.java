package dev.decisiontrace.examples.collector.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryParametersTest {

  @Test
  void namesAndValuesArePercentDecodedWithPlusAsSpace() throws Exception {
    assertEquals(
        Map.of("strategy", "trend pullback", "instrument", "BTC/USD", "flag", ""),
        QueryParameters.parse("strategy=trend+pullback&instrument=BTC%2FUSD&flag"));
  }

  @Test
  void aPathSegmentKeepsItsPlusSigns() throws Exception {
    assertEquals("ep+1 x", QueryParameters.decodePathSegment("ep+1%20x"));
  }

  @Test
  void aMalformedEscapeIsA400() {
    HttpProblem problem = assertThrows(HttpProblem.class, () -> QueryParameters.parse("strategy=%zz"));

    assertEquals(400, problem.status());
    assertEquals("malformed percent-escape in '%zz'", problem.getMessage());
  }

  @Test
  void noQueryMeansNoParameters() throws Exception {
    assertEquals(Map.of(), QueryParameters.parse(null));
  }
}
