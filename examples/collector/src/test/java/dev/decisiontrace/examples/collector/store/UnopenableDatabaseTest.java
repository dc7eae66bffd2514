package dev.decisiontrace.examples.collector.store;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.decisiontrace.examples.collector.Collector;
import dev.decisiontrace.examples.collector.http.BearerAuth;
import dev.decisiontrace.examples.collector.http.ServerSettings;
import dev.decisiontrace.examples.collector.support.TestCollector;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnopenableDatabaseTest {

  @TempDir Path dir;

  @Test
  void aDatabaseThatCannotBeOpenedReleasesTheAddressBoundBeforeIt() throws Exception {
    Path notSqlite = Files.writeString(dir.resolve("collector.db"), "not a database, just text\\n".repeat(100));
    int port = TestCollector.freePort();
    ServerSettings settings =
        new ServerSettings(new InetSocketAddress("127.0.0.1", port), 1, 1024, BearerAuth.none());

    assertThrows(StoreException.class, () -> Collector.start(notSqlite, settings));

    try (ServerSocket again = new ServerSocket()) {
      again.bind(new InetSocketAddress("127.0.0.1", port)); // throws BindException if still held
    }
  }
}
