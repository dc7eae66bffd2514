package dev.decisiontrace.internal;

import java.time.InstantSource;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Time-ordered unique ids in the UUID version 7 layout (RFC 9562): 48 bits of Unix milliseconds,
 * then 74 random bits. Ids sort by creation time to the millisecond and collide with negligible
 * probability, without coordination between threads or processes.
 */
public final class Ids {

  private final InstantSource clock;

  public Ids(InstantSource clock) {
    this.clock = clock;
  }

  /** A new id. */
  public String next() {
    return format(nextMostSignificant(), nextLeastSignificant());
  }

  /** The high half of a new id: time and version. Pair it with {@link #nextLeastSignificant()}. */
  public long nextMostSignificant() {
    long millis = clock.millis() & 0xFFFF_FFFF_FFFFL;
    long random12 = ThreadLocalRandom.current().nextLong() & 0x0FFFL;
    return (millis << 16) | 0x7000L | random12;
  }

  /** The low half of a new id: variant and randomness. */
  public long nextLeastSignificant() {
    return (ThreadLocalRandom.current().nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
  }

  /** The canonical text form of an id made of the two halves. */
  public static String format(long mostSignificant, long leastSignificant) {
    return new UUID(mostSignificant, leastSignificant).toString();
  }
}
