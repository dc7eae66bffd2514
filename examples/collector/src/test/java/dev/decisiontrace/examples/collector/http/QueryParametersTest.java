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
  void aMultiByteUtf8ValueIsDecoded() throws Exception {
    assertEquals(Map.of("instrument", "\u00e9t\u00e9"), QueryParameters.parse("instrument=%C3%A9t%C3%A9"));
  }

  @Test
  void aValueThatIsNotUtf8IsA400NamingTheParameter() {
    HttpProblem problem = assertThrows(HttpProblem.class, () -> QueryParameters.parse("instrument=%E9"));

    assertEquals(400, problem.status());
    assertEquals("parameter 'instrument' is not UTF-8 once percent-decoded: '%E9'", problem.getMessage());
  }

  @Test
  void aTruncatedUtf8SequenceIsA400() {
    HttpProblem problem = assertThrows(HttpProblem.class, () -> QueryParameters.parse("strategy=a%C3"));

    assertEquals("parameter 'strategy' is not UTF-8 once percent-decoded: 'a%C3'", problem.getMessage());
  }

  @Test
  void aPathSegmentThatIsNotUtf8IsA400() {
    HttpProblem problem = assertThrows(HttpProblem.class, () -> QueryParameters.decodePathSegment("ep%E9"));

    assertEquals(400, problem.status());
    assertEquals("the path segment is not UTF-8 once percent-decoded: 'ep%E9'", problem.getMessage());
  }

  @Test
  void noQueryMeansNoParameters() throws Exception {
    assertEquals(Map.of(), QueryParameters.parse(null));
  }
}
