package dev.decisiontrace.examples.collector.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenSourceTest {

  private static final Map<String, String> NO_ENVIRONMENT = Map.of();

  @TempDir Path dir;

  private String message(CollectorOptions options, Map<String, String> environment) {
    return assertThrows(UsageException.class, () -> TokenSource.resolve(options, environment)).getMessage();
  }

  @Test
  void theTokenIsReadFromTheFileWithoutItsTrailingNewline() throws Exception {
    Path file = Files.writeString(dir.resolve("token.txt"), "s3cret\n");

    assertEquals("s3cret", TokenSource.resolve(CollectorOptions.parse("--token-file", file.toString()), NO_ENVIRONMENT));
  }

  @Test
  void theTokenIsReadFromTheEnvironment() throws Exception {
    assertEquals(
        "s3cret",
        TokenSource.resolve(CollectorOptions.parse(), Map.of(TokenSource.ENVIRONMENT_VARIABLE, "s3cret")));
  }

  @Test
  void withoutATokenTheCollectorRefusesToStartAndSaysHowToGiveOne() throws Exception {
    assertEquals(
        "no token configured: pass --token-file FILE or set DECISIONTRACE_COLLECTOR_TOKEN"
            + " (or, to accept anyone, --insecure-no-auth)",
        message(CollectorOptions.parse(), NO_ENVIRONMENT));
  }

  @Test
  void insecureNoAuthRunsWithoutAToken() throws Exception {
    assertNull(TokenSource.resolve(CollectorOptions.parse("--insecure-no-auth"), NO_ENVIRONMENT));
  }

  @Test
  void insecureNoAuthWithATokenIsAContradiction() throws Exception {
    assertEquals(
        "--insecure-no-auth contradicts the token that is configured; drop one",
        message(CollectorOptions.parse("--insecure-no-auth"), Map.of(TokenSource.ENVIRONMENT_VARIABLE, "s3cret")));
  }

  @Test
  void aTokenInBothPlacesIsRefused() throws Exception {
    Path file = Files.writeString(dir.resolve("token.txt"), "one");

    assertEquals(
        "both --token-file and DECISIONTRACE_COLLECTOR_TOKEN are set; give the token once",
        message(
            CollectorOptions.parse("--token-file", file.toString()),
            Map.of(TokenSource.ENVIRONMENT_VARIABLE, "two")));
  }

  @Test
  void anEmptyTokenFileIsRefused() throws Exception {
    Path file = Files.writeString(dir.resolve("token.txt"), " \n");

    assertEquals("the token in " + file + " is empty", message(CollectorOptions.parse("--token-file", file.toString()), NO_ENVIRONMENT));
  }

  @Test
  void aTokenWithInnerWhitespaceIsRefused() throws Exception {
    assertEquals(
        "DECISIONTRACE_COLLECTOR_TOKEN holds whitespace or control characters; a bearer token is one word",
        message(CollectorOptions.parse(), Map.of(TokenSource.ENVIRONMENT_VARIABLE, "two words")));
  }

  @Test
  void aMissingTokenFileIsRefusedWithItsPath() throws Exception {
    Path file = dir.resolve("missing.txt");

    String message = message(CollectorOptions.parse("--token-file", file.toString()), NO_ENVIRONMENT);

    assertEquals(true, message.startsWith("cannot read the token file " + file.toAbsolutePath()), message);
  }
}
