package dev.decisiontrace.examples.collector.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.decisiontrace.examples.collector.support.WireLines;
import dev.decisiontrace.wire.RecordJsonDecoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.InstantSource;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

  private static final String FEEDBACK = WireLines.feedback("rec-f1", "ep-1", "analyst-7", 0.8);

  @TempDir Path dir;

  @Test
  void aNewFileIsCreatedInWalModeWithItsLayoutVersion() throws Exception {
    Path file = dir.resolve("new.db");
    try (Database database = Database.open(file)) {
      assertTrue(database.isHealthy());
    }
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement sql = connection.createStatement()) {
      try (ResultSet mode = sql.executeQuery("PRAGMA journal_mode")) {
        mode.next();
        assertEquals("wal", mode.getString(1));
      }
      try (ResultSet version = sql.executeQuery("PRAGMA user_version")) {
        version.next();
        assertEquals(StoreSchema.VERSION, version.getInt(1));
      }
    }
  }

  @Test
  void betweenBatchesTheWriterHoldsNoTransactionSoTheWalCanBeCheckpointed() throws Exception {
    Path file = dir.resolve("idle.db");
    try (Database database = Database.open(file)) {
      new RecordStore(database, InstantSource.system())
          .store(
              List.of(
                  IncomingRecord.of(
                      new RecordJsonDecoder().decode(FEEDBACK), FEEDBACK)));

      try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
          Statement sql = other.createStatement()) {
        sql.execute("PRAGMA busy_timeout = 0");
        sql.execute("BEGIN IMMEDIATE");
        sql.execute("ROLLBACK");
        try (ResultSet checkpoint = sql.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
          checkpoint.next();
          assertEquals(0, checkpoint.getInt(1), "the checkpoint was not blocked");
        }
      }
    }
  }

  @Test
  void aFileThatIsNotASqliteDatabaseIsRefusedWithItsPath() throws Exception {
    Path file = Files.writeString(dir.resolve("notes.txt"), "these are not the tables you are looking for\n".repeat(100));

    StoreException e = assertThrows(StoreException.class, () -> Database.open(file));

    assertTrue(e.getMessage().startsWith("cannot "), e.getMessage());
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
  }

  @Test
  void aDatabaseLaidOutByANewerCollectorIsRefused() throws Exception {
    Path file = dir.resolve("newer.db");
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement sql = connection.createStatement()) {
      sql.execute("PRAGMA user_version = 99");
    }

    StoreException e = assertThrows(StoreException.class, () -> Database.open(file));

    assertEquals(
        "cannot use the database "
            + file
            + ": the database has layout version 99, newer than this collector's "
            + StoreSchema.VERSION,
        e.getMessage());
  }
}
