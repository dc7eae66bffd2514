package dev.decisiontrace.config;

/** How the network exporters compress request bodies. */
public enum Compression {
  /** gzip, with {@code Content-Encoding: gzip} (the default: episodes compress about tenfold). */
  GZIP,
  /** No compression. */
  NONE
}
