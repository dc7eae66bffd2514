package dev.decisiontrace.internal.recording;

import dev.decisiontrace.Episode;
import dev.decisiontrace.EpisodeBuilder;
import dev.decisiontrace.metrics.DropReason;
import dev.decisiontrace.model.TradingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects an episode's options on the recording thread; {@link #open()} creates the episode, or a
 * no-op one when the open-episode limit is reached.
 */
public final class RecordingEpisodeBuilder implements EpisodeBuilder {

  private final RecordingContext context;
  private final Episode whenRefused;
  final String strategy;
  String version;
  String instrument;
  TradingMode mode;
  Instant openedAt;
  List<String> tags;

  public RecordingEpisodeBuilder(RecordingContext context, String strategy, Episode whenRefused) {
    this.context = context;
    this.strategy = strategy;
    this.whenRefused = whenRefused;
  }

  @Override
  public EpisodeBuilder version(String version) {
    this.version = version;
    return this;
  }

  @Override
  public EpisodeBuilder instrument(String instrument) {
    this.instrument = instrument;
    return this;
  }

  @Override
  public EpisodeBuilder mode(TradingMode mode) {
    this.mode = mode;
    return this;
  }

  @Override
  public EpisodeBuilder openedAt(Instant openedAt) {
    this.openedAt = openedAt;
    return this;
  }

  @Override
  public EpisodeBuilder tag(String tag) {
    if (tags == null) {
      tags = new ArrayList<>(4);
    }
    tags.add(tag);
    return this;
  }

  @Override
  public Episode open() {
    context.counters().episodeOpened();
    if (!context.openEpisodes().tryReserve()) {
      context.counters().dropped(DropReason.TOO_MANY_OPEN_EPISODES);
      return whenRefused;
    }
    RecordingEpisode episode = new RecordingEpisode(context, this);
    context.openEpisodes().opened(episode);
    return episode;
  }
}
