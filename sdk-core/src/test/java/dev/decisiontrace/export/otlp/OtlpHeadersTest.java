package dev.decisiontrace.export.otlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.decisiontrace.config.ConfigurationException;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

class OtlpHeadersTest {

  @Test
  void readsNameValuePairsSeparatedByCommas() {
    assertEquals(
        Headers.of("api-key", "abc123", "X-Tenant", "desk-7"),
        OtlpHeaders.parse("api-key=abc123,X-Tenant=desk-7"));
  }

  @Test
  void ignoresSpacesAroundNamesAndValuesAndEmptyPairs() {
    assertEquals(Headers.of("a", "1", "b", "2"), OtlpHeaders.parse(" a = 1 ,, b=2 ,"));
  }

  @Test
  void readsNothingFromAnEmptySetting() {
    assertEquals(Headers.of(), OtlpHeaders.parse(""));
  }

  @Test
  void percentDecodesValuesButKeepsPlusSigns() {
    assertEquals(
        Headers.of("Authorization", "Basic dXNlcjpw+w=="),
        OtlpHeaders.parse("Authorization=Basic%20dXNlcjpw+w%3D%3D"));
  }

  @Test
  void keepsAnEqualsSignInsideAValue() {
    assertEquals(Headers.of("token", "a=b"), OtlpHeaders.parse("token=a=b"));
  }

  @Test
  void aPairWithoutEqualsSignIsRejectedWithoutRepeatingIt() {
    ConfigurationException e =
        assertThrows(ConfigurationException.class, () -> OtlpHeaders.parse("a=1,sk-live-42"));

    assertEquals("decisiontrace.otlp.headers", e.key());
    assertEquals("******", e.value());
    assertEquals(
        "Invalid configuration: decisiontrace.otlp.headers='******' (from configuration):"
            + " name=value pairs separated by commas, such as api-key=abc; pair 2 is not name=value"
            + " with a name HTTP allows",
        e.getMessage());
  }

  @Test
  void aValueHttpDoesNotAllowIsRejectedNamingTheHeaderButNotTheValue() {
    ConfigurationException e =
        assertThrows(ConfigurationException.class, () -> OtlpHeaders.parse("api-key=sk%0Alive"));

    assertEquals(
        "name=value pairs separated by commas, such as api-key=abc; the value of api-key is not"
            + " properly percent-encoded or holds characters HTTP does not allow",
        e.allowed());
    assertFalse(e.getMessage().contains("sk"), e.getMessage());
  }

  @Test
  void aBrokenPercentEscapeIsRejected() {
    assertThrows(ConfigurationException.class, () -> OtlpHeaders.parse("api-key=50%"));
  }
}
