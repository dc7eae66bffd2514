package dev.decisiontrace.export.file;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartialLineTest {

  @TempDir Path dir;

  @Test
  void aPartialLineLongerThanTheReadChunkIsRemovedWhole() throws IOException {
    Path file = dir.resolve("f.jsonl");
    Files.writeString(file, "{\"a\":1}\n" + "x".repeat(20_000));

    assertEquals(20_000, PartialLine.truncate(file));
    assertEquals("{\"a\":1}\n", Files.readString(file));
  }

  @Test
  void aFileEndingWithALineTerminatorIsUnchanged() throws IOException {
    Path file = dir.resolve("f.jsonl");
    Files.writeString(file, "{\"a\":1}\n{\"b\":2}\n");

    assertEquals(0, PartialLine.truncate(file));
    assertEquals("{\"a\":1}\n{\"b\":2}\n", Files.readString(file));
  }

  @Test
  void aMissingFileIsNothingToRemove() throws IOException {
    assertEquals(0, PartialLine.truncate(dir.resolve("absent.jsonl")));
  }

  @Test
  void anEmptyFileIsNothingToRemove() throws IOException {
    Path file = Files.createFile(dir.resolve("f.jsonl"));

    assertEquals(0, PartialLine.truncate(file));
  }
}
