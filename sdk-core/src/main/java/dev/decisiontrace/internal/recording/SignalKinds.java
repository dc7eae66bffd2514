package dev.decisiontrace.internal.recording;

/** How a signal's value is stored in the episode's parallel arrays. */
final class SignalKinds {

  static final byte NUMBER = 0;
  static final byte BOOLEAN = 1;
  static final byte TEXT = 2;

  private SignalKinds() {}
}
