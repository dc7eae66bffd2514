package dev.decisiontrace.examples.collector.query;

import dev.decisiontrace.model.EpisodeStatus;
import java.time.Instant;

/**
 * One line of a listing: the indexed fields of an episode; fetch the whole merged episode by id.
 *
 * @param episodeId the episode's id
 * @param strategy the strategy's name
 * @param instrument the instrument, or {@code null}
 * @param mode live, paper or backtest, as on the wire
 * @param status the merged status: closed once an outcome closed it, else the snapshot's
 * @param openedAt when the strategy started considering the decision
 * @param closedAt the latest {@code closedAt} of its outcomes, or {@code null}
 * @param orderId the order id of its action, or {@code null}
 */
public record EpisodeSummary(
    String episodeId,
    String strategy,
    String instrument,
    String mode,
    EpisodeStatus status,
    Instant openedAt,
    Instant closedAt,
    String orderId) {

  /** The cursor that continues a listing after this episode. */
  public PageCursor cursor() {
    return new PageCursor(openedAt, episodeId);
  }
}
