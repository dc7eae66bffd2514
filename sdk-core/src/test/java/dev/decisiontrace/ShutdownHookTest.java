package dev.decisiontrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JVM shutdown hook, tested where it matters: in a real JVM that exits without closing. */
class ShutdownHookTest {

  @TempDir Path dir;

  @Test
  void aJvmThatExitsWithoutClosingStillShipsEverythingItRecorded() throws Exception {
    Path file = dir.resolve("episodes.jsonl");
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                ShutdownHookChild.class.getName(),
                file.toString(),
                "2000")
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("child.log").toFile())
            .start();

    assertTrue(child.waitFor(60, TimeUnit.SECONDS), "child exited");
    assertEquals(0, child.exitValue(), () -> log());

    List<String> lines = Files.readAllLines(file);
    assertEquals(2001, lines.size(), () -> log());
    assertEquals(2000, lines.stream().filter(line -> line.contains("\"status\":\"decided\"")).count());
    assertEquals(1, lines.stream().filter(line -> line.contains("\"status\":\"abandoned\"")).count());
  }

  private String log() {
    try {
      return Files.readString(dir.resolve("child.log"));
    } catch (IOException e) {
      return "(no child log: " + e + ")";
    }
  }
}
