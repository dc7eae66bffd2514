package dev.decisiontrace.examples.collector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CollectorMainTest {

  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(Map<String, String> environment, String... args) {
    return CollectorMain.run(
        args,
        environment,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void withoutATokenItRefusesToStartAndCreatesNoDatabase() {
    Path database = dir.resolve("collector.db");

    int status = run(Map.of(), "--port", "0", "--db", database.toString());

    assertEquals(CollectorMain.USAGE, status);
    assertEquals(
        "error: no token configured: pass --token-file FILE or set DECISIONTRACE_COLLECTOR_TOKEN"
            + " (or, to accept anyone, --insecure-no-auth) (see --help)"
            + System.lineSeparator(),
        err());
    assertTrue(Files.notExists(database));
  }

  @Test
  void helpPrintsTheOptionsAndStartsNothing() {
    assertEquals(CollectorMain.OK, run(Map.of(), "--help"));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("--token-file FILE"));
  }

  @Test
  void aPortInUseEndsWithOneLineAndStatus1() throws Exception {
    try (ServerSocket taken = new ServerSocket()) {
      taken.bind(new InetSocketAddress("127.0.0.1", 0));

      int status =
          run(
              Map.of("DECISIONTRACE_COLLECTOR_TOKEN", "s3cret"),
              "--port", String.valueOf(taken.getLocalPort()),
              "--db", dir.resolve("collector.db").toString());

      assertEquals(CollectorMain.FAILED, status);
      assertTrue(err().startsWith("error: cannot listen on 127.0.0.1:" + taken.getLocalPort() + ": "), err());
      assertEquals(1, err().lines().count());
    }
  }

  @Test
  void aPortInUseLeavesNoDatabaseFileBehind() throws Exception {
    Path database = dir.resolve("collector.db");
    try (ServerSocket taken = new ServerSocket()) {
      taken.bind(new InetSocketAddress("127.0.0.1", 0));

      run(
          Map.of("DECISIONTRACE_COLLECTOR_TOKEN", "s3cret"),
          "--port", String.valueOf(taken.getLocalPort()),
          "--db", database.toString());
    }

    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(), files.toList()); // neither the database nor its -wal or -shm files
    }
  }
}
