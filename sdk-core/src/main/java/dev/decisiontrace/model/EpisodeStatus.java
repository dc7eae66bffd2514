package dev.decisiontrace.model;

/** Where an episode is in its life; shipped in lower case on the wire. */
public enum EpisodeStatus {
  /** Opened and still being recorded; never shipped in this state by the SDK. */
  OPEN,
  /** The decision is complete; the outcome may follow in a later record. */
  DECIDED,
  /** The outcome is known (set by the collector when it merges an outcome record). */
  CLOSED,
  /** Left open past the configured time, or abandoned explicitly; shipped with what it had. */
  ABANDONED
}
