package dev.decisiontrace.examples.collector.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CollectorOptionsTest {

  @Test
  void theDocumentedCommandLineIsUnderstood() throws Exception {
    CollectorOptions options =
        CollectorOptions.parse("--port", "4380", "--db", "collector.db", "--token-file", "token.txt");

    assertEquals(4380, options.port());
    assertEquals(Path.of("collector.db"), options.database());
    assertEquals(Path.of("token.txt"), options.tokenFile());
    assertEquals("127.0.0.1", options.bind());
  }

  @Test
  void withoutOptionsEverythingHasItsDefault() throws Exception {
    CollectorOptions options = CollectorOptions.parse();

    assertEquals(
        new CollectorOptions("127.0.0.1", 4380, Path.of("collector.db"), null, false, 16 * 1024 * 1024, 8, false),
        options);
  }

  @Test
  void valuesMayFollowAnEqualsSign() throws Exception {
    CollectorOptions options = CollectorOptions.parse("--port=0", "--bind=0.0.0.0", "--threads=2", "--insecure-no-auth");

    assertEquals(0, options.port());
    assertEquals("0.0.0.0", options.bind());
    assertEquals(2, options.threads());
    assertTrue(options.insecureNoAuth());
  }

  @Test
  void helpWinsOverEverythingElse() throws Exception {
    assertTrue(CollectorOptions.parse("--port", "nope", "--help").help());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "--port 70000 | --port must be a whole number from 0 to 65535, was '70000'",
        "--port | --port needs a value",
        "--threads 0 | --threads must be a whole number from 1 to 256, was '0'",
        "--max-body-bytes 2147483647 | --max-body-bytes must be a whole number from 1 to 1073741824, was '2147483647'",
        "--db a.db --db b.db | --db is given more than once",
        "--insecure-no-auth=yes | --insecure-no-auth takes no value, was given 'yes'",
        "--token secret | unknown option: --token",
        "collector.db | unexpected argument: collector.db",
      })
  void aWrongCommandLineIsRefusedWithOneLineSayingWhy(String arguments, String message) {
    UsageException e =
        assertThrows(UsageException.class, () -> CollectorOptions.parse(arguments.split(" ")));

    assertEquals(message, e.getMessage());
  }
}
