package dev.decisiontrace.examples.collector.ingest;

import dev.decisiontrace.examples.collector.store.IncomingRecord;
import dev.decisiontrace.examples.collector.store.RecordStore;
import dev.decisiontrace.examples.collector.store.StoreException;
import dev.decisiontrace.examples.collector.store.WriteCounts;
import java.util.ArrayList;
import java.util.List;

/**
 * Ingests one batch: every line parsed, the valid records stored in one transaction, the rest
 * rejected. Returns only once the transaction has committed.
 *
 * <p>Thread-safe.
 */
public final class Ingestor {

  private final LineParser parser;
  private final RecordStore store;

  public Ingestor(LineParser parser, RecordStore store) {
    this.parser = parser;
    this.store = store;
  }

  /**
   * Ingests {@code body}, already decompressed.
   *
   * @throws UnreadableBodyException if the body as a whole is not a batch
   * @throws StoreException if the database failed; nothing of the batch is stored then
   */
  public IngestResult ingest(byte[] body) throws UnreadableBodyException, StoreException {
    List<IncomingRecord> valid = new ArrayList<>();
    List<Rejection> rejected = new ArrayList<>();
    for (Line line : BodyLines.split(body)) {
      ParsedLine parsed = parser.parse(line);
      if (parsed instanceof ParsedLine.Valid v) {
        valid.add(v.record());
      } else {
        rejected.add(((ParsedLine.Invalid) parsed).rejection());
      }
    }
    WriteCounts counts = store.store(valid);
    return new IngestResult(counts.accepted(), counts.duplicates(), rejected);
  }
}
