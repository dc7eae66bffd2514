package dev.decisiontrace.export.file;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;

/** The bytes of one encoded batch, reused from batch to batch and exposed without copying. */
final class BatchBuffer extends ByteArrayOutputStream {

  /**
   * Past this capacity the buffer is dropped after use, so that one huge batch does not pin its
   * memory.
   */
  static final int MAX_RETAINED_CAPACITY = 16 * 1024 * 1024;

  BatchBuffer() {
    super(64 * 1024);
  }

  /** A view of bytes {@code from} (inclusive) to {@code to} (exclusive). */
  ByteBuffer slice(int from, int to) {
    return ByteBuffer.wrap(buf, from, to - from);
  }

  /**
   * The end (just after its {@code '\n'}) of the last complete line that starts at {@code from} and
   * ends within {@code room} bytes, or {@code from} if not even the first line fits.
   */
  int endOfLinesFitting(int from, long room) {
    if (count - from <= room) {
      return count;
    }
    int end = from;
    for (int i = from; i < count && i - from < room; i++) {
      if (buf[i] == '\n') {
        end = i + 1;
      }
    }
    return end;
  }

  /** The end (just after its {@code '\n'}) of the line that starts at {@code from}. */
  int endOfLine(int from) {
    for (int i = from; i < count; i++) {
      if (buf[i] == '\n') {
        return i + 1;
      }
    }
    return count;
  }

  boolean isOversized() {
    return buf.length > MAX_RETAINED_CAPACITY;
  }
}
