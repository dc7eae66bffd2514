package dev.decisiontrace.examples.collector.store;

import dev.decisiontrace.examples.collector.query.EpisodeSummary;
import java.util.List;

/**
 * Everything stored about one episode: its index row and the lines of its records as received.
 *
 * @param summary the index row: merged status, close time, order id
 * @param snapshotJson the episode record
 * @param outcomeJsons its outcome records, by emitted-at, then arrival
 * @param feedbackJsons its feedback records, by emitted-at, then arrival
 */
public record StoredEpisode(
    EpisodeSummary summary, String snapshotJson, List<String> outcomeJsons, List<String> feedbackJsons) {

  public StoredEpisode {
    outcomeJsons = List.copyOf(outcomeJsons);
    feedbackJsons = List.copyOf(feedbackJsons);
  }
}
