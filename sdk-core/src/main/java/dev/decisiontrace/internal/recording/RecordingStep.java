package dev.decisiontrace.internal.recording;

import dev.decisiontrace.StepScope;
import dev.decisiontrace.model.QualityIssue;
import dev.decisiontrace.model.Step;
import java.time.Duration;
import java.time.Instant;

/**
 * A step being timed, owned by its episode: every method holds the episode's monitor, so a step is as
 * thread-safe as its episode and freezes with it.
 */
final class RecordingStep implements StepScope {

  /** The scope handed out when a step cannot be recorded; it ignores everything. */
  static final StepScope DETACHED = new RecordingStep(null, -1, null, null);

  private final RecordingEpisode episode;
  private final String name;
  private final int index;
  private final Instant startedAt;
  private final long startedNanos;
  private final BoundedEntries inputs;
  private Object output;
  private String reasoning;
  private long durationNanos = -1;

  RecordingStep(RecordingEpisode episode, int index, String name, Instant startedAt) {
    this.index = index;
    this.episode = episode;
    this.name = name;
    this.startedAt = startedAt;
    this.startedNanos = System.nanoTime();
    this.inputs = new BoundedEntries(episode == null ? 0 : episode.context().limits().maxAttributes());
  }

  /** A path in quality issues, as on the wire ({@code steps[2].output}); built only for a repair. */
  private String field(String suffix) {
    return "steps[" + index + "]" + suffix;
  }

  @Override
  public StepScope input(String key, String value) {
    return putInput(key, value);
  }

  @Override
  public StepScope input(String key, double value) {
    return putInput(key, value);
  }

  @Override
  public StepScope input(String key, long value) {
    return putInput(key, value);
  }

  @Override
  public StepScope input(String key, boolean value) {
    return putInput(key, value);
  }

  @Override
  public StepScope input(String key, Object value) {
    return putInput(key, value);
  }

  private StepScope putInput(String key, Object value) {
    if (episode == null) {
      return this;
    }
    synchronized (episode) {
      if (!episode.writable()) {
        return this;
      }
      if (key == null || key.isBlank()) {
        episode.issue(field(".inputs"), QualityIssue.Kind.INVALID_NAME, "null or blank key dropped");
        return this;
      }
      String keyKept = episode.fits(key) ? key : episode.limit(key, field(".inputs"));
      inputs.put(
          keyKept,
          value instanceof String text && !episode.fits(text) ? episode.limit(text, field(".inputs." + keyKept)) : value);
      episode.addEstimatedBytes(48 + keyKept.length() + (value instanceof String text ? text.length() : 16));
    }
    return this;
  }

  @Override
  public StepScope output(Object output) {
    if (episode != null) {
      synchronized (episode) {
        if (episode.writable()) {
          this.output = output instanceof String text && !episode.fits(text) ? episode.limit(text, field(".output")) : output;
          episode.addEstimatedBytes(output instanceof String text ? text.length() : 16);
        }
      }
    }
    return this;
  }

  @Override
  public StepScope reasoning(String reasoning) {
    if (episode != null) {
      synchronized (episode) {
        if (episode.writable()) {
          this.reasoning = episode.fits(reasoning) ? reasoning : episode.limit(reasoning, field(".reasoning"));
          episode.addEstimatedBytes(reasoning == null ? 0 : reasoning.length());
        }
      }
    }
    return this;
  }

  @Override
  public void close() {
    if (episode != null) {
      long elapsed = System.nanoTime() - startedNanos;
      synchronized (episode) {
        if (durationNanos < 0 && episode.isRecording()) {
          durationNanos = elapsed;
        }
      }
    }
  }

  /** The checked step; called on the export thread under the episode's monitor. */
  Step toStep(EpisodeParts parts, int index) {
    Sanitizer check = parts.check();
    return new Step(
        name,
        inputs.toMap(parts, () -> "steps[" + index + "].inputs"),
        check.isShippable(output) ? output : check.value(output, "steps[" + index + "].output"),
        reasoning,
        startedAt,
        durationNanos < 0 ? null : Duration.ofNanos(durationNanos));
  }
}
