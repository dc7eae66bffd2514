package dev.decisiontrace.examples.collector.ingest;

import java.util.List;

/**
 * The answer to one batch, in the shape of the protocol's response body.
 *
 * @param accepted records stored now
 * @param duplicates records whose id was already stored
 * @param rejected lines refused for good, in body order
 */
public record IngestResult(int accepted, int duplicates, List<Rejection> rejected) {

  public IngestResult {
    rejected = List.copyOf(rejected);
  }
}
