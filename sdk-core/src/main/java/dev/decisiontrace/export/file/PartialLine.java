package dev.decisiontrace.export.file;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Removes an incomplete last line, which a crash or a failed write leaves behind, so that the file
 * again holds only complete records and the next record starts on a line of its own.
 */
final class PartialLine {

  private static final int CHUNK = 8192;

  private PartialLine() {}

  /**
   * Truncates {@code file} just after its last {@code '\n'} (to empty if it has none).
   *
   * @return the number of bytes removed; 0 if the file ends with {@code '\n'}, is empty or does not
   *     exist
   */
  static long truncate(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return 0;
    }
    try (FileChannel channel =
        FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      long size = channel.size();
      long keep = lengthOfCompleteLines(channel, size);
      if (keep < size) {
        channel.truncate(keep);
        channel.force(false);
      }
      return size - keep;
    }
  }

  /** The length of the prefix that ends with the last {@code '\n'}, read backwards from the end. */
  private static long lengthOfCompleteLines(FileChannel channel, long size) throws IOException {
    ByteBuffer chunk = ByteBuffer.allocate(CHUNK);
    long end = size;
    while (end > 0) {
      long start = Math.max(0, end - CHUNK);
      chunk.clear().limit((int) (end - start));
      while (chunk.hasRemaining()) {
        if (channel.read(chunk, start + chunk.position()) < 0) {
          throw new IOException("file shrank while being read");
        }
      }
      for (int i = chunk.limit() - 1; i >= 0; i--) {
        if (chunk.get(i) == '\n') {
          return start + i + 1;
        }
      }
      end = start;
    }
    return 0;
  }
}
