package dev.decisiontrace.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** docs/configuration.md must list the registry exactly, so the two cannot drift apart. */
class ConfigurationDocumentationTest {

  private static final Path DOC = Path.of("..", "docs", "configuration.md");

  @Test
  void keyTableListsEveryKeyWithItsEnvironmentVariableTypeAndDefaultInRegistryOrder()
      throws IOException {
    List<String> documented =
        Files.readAllLines(DOC).stream()
            .filter(line -> line.startsWith("| `decisiontrace."))
            .map(ConfigurationDocumentationTest::firstFourCells)
            .collect(Collectors.toList());

    List<String> expected =
        ConfigKey.all().stream()
            .map(
                key ->
                    "`"
                        + key.name()
                        + "` | `"
                        + key.environmentVariable()
                        + "` | "
                        + key.syntax()
                        + " | `"
                        + key.defaultText()
                        + "`")
            .collect(Collectors.toList());
    assertEquals(expected, documented);
  }

  private static String firstFourCells(String row) {
    String[] cells = row.split(" \\| ");
    return String.join(" | ", cells[0].substring(2), cells[1], cells[2], cells[3]);
  }
}
