package dev.decisiontrace.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.decisiontrace.config.PropertiesFile.Entry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PropertiesFileTest {

  @TempDir Path dir;

  @Test
  void entryContinuedOverSeveralLinesCarriesTheLineItStartsOn() throws IOException {
    List<Entry> entries = read("a=1", "b=x\\", "  y\\", "  z", "c=3");

    assertEquals(
        List.of(new Entry("a", "1", 1), new Entry("b", "xyz", 2), new Entry("c", "3", 5)), entries);
  }

  @Test
  void commentEndingInABackslashDoesNotContinue() throws IOException {
    List<Entry> entries = read("# see C:\\", "a=1");

    assertEquals(List.of(new Entry("a", "1", 2)), entries);
  }

  @Test
  void escapedBackslashAtTheEndOfALineDoesNotContinue() throws IOException {
    List<Entry> entries = read("a=C:\\\\", "b=2");

    assertEquals(List.of(new Entry("a", "C:\\", 1), new Entry("b", "2", 2)), entries);
  }

  @Test
  void valuesAreReadAsUtf8() throws IOException {
    List<Entry> entries = read("a=Zürich");

    assertEquals(List.of(new Entry("a", "Zürich", 1)), entries);
  }

  @Test
  void duplicateKeysAreAllReturnedInFileOrder() throws IOException {
    List<Entry> entries = read("a=1", "a=2");

    assertEquals(List.of(new Entry("a", "1", 1), new Entry("a", "2", 2)), entries);
  }

  private List<Entry> read(String... lines) throws IOException {
    return PropertiesFile.read(Files.write(dir.resolve("test.properties"), List.of(lines)));
  }
}
