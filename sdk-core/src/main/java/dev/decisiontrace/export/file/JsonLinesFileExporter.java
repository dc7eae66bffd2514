package dev.decisiontrace.export.file;

import dev.decisiontrace.export.ExportResult;
import dev.decisiontrace.export.RecordExporter;
import dev.decisiontrace.model.TraceRecord;
import dev.decisiontrace.wire.RecordJsonEncoder;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Appends records to a local file as JSON lines (the wire format of {@link
 * dev.decisiontrace.wire.RecordJsonEncoder}, one record per line): the SDK's default exporter,
 * which needs no server.
 *
 * <p><b>Writing.</b> Each batch is encoded into one reusable in-memory buffer and appended with as
 * few writes as possible, normally one, through a {@link FileChannel} opened for append. Parent
 * directories are created. Each export hands its bytes to the operating system before it completes,
 * so {@link #flush()} has nothing left to push out unless {@code fsync} is on; with {@code fsync},
 * every export, flush and shutdown also waits until the data is on the storage device ({@link
 * FileChannel#force}), at the cost of that wait.
 *
 * <p><b>Rotation.</b> A file never grows beyond {@code maxBytes}, except a file holding one single
 * record that is larger than {@code maxBytes} by itself. When the next lines do not fit, the active
 * file is closed and renamed atomically to {@code <name>-<yyyyMMdd'T'HHmmss'Z'>-<seq>.jsonl} in the
 * same directory ({@code <name>} is the file name without {@code .jsonl}; the time is UTC; {@code
 * seq} is zero-padded to six digits and keeps increasing across restarts), and a new active file is
 * started. A batch may be split across files, always at line boundaries. With {@code maxFiles > 0},
 * the oldest rotated files beyond that count are deleted; {@code 0} keeps them all.
 *
 * <p><b>Complete lines only.</b> Every line ends with {@code '\n'}, written after the rest of the
 * line, so a reader that consumes only {@code '\n'}-terminated lines never sees half a record. When
 * the exporter opens the active file (at the first export, and again after a failure) and finds a
 * last line without its {@code '\n'}, left by a crash or a failed write, it truncates that partial
 * line and logs a warning naming the file and the number of bytes removed.
 *
 * <p><b>Failures.</b> Export, flush and shutdown never throw. An I/O error fails the returned
 * {@link ExportResult} with the exception, is logged once per distinct error with the file's path,
 * and closes the file; the next export opens it again (repairing a partial last line), so the
 * exporter recovers by itself once the cause is gone. Records of a failed export may have been
 * written in part (whole lines only). After {@link #shutdown()}, exports fail with an {@link
 * IllegalStateException}.
 *
 * <p><b>Thread-safety.</b> Thread-safe: calls are serialised. The SDK calls it from its export
 * thread only. Two exporters, in one process or several, must not share a file.
 */
public final class JsonLinesFileExporter implements RecordExporter {

  private final Path path;
  private final long maxBytes;
  private final int maxFiles;
  private final boolean fsync;
  private final Clock clock;
  private final Logger logger;
  private final RotatedFiles rotatedFiles;
  private final RecordJsonEncoder encoder = new RecordJsonEncoder();

  private BatchBuffer buffer = new BatchBuffer();
  private FileChannel channel;
  private long size;
  private boolean shutDown;
  private String lastReportedError;

  /**
   * An exporter to {@code path} that does not fsync.
   *
   * @param path the active file, such as {@code decisiontrace-out/episodes.jsonl}
   * @param maxBytes the size at which the file is rotated; at least 1
   * @param maxFiles how many rotated files to keep; 0 keeps all
   * @throws IllegalArgumentException if {@code maxBytes < 1} or {@code maxFiles < 0}
   * @throws NullPointerException if {@code path} is {@code null}
   */
  public JsonLinesFileExporter(Path path, long maxBytes, int maxFiles) {
    this(path, maxBytes, maxFiles, false);
  }

  /**
   * An exporter to {@code path}.
   *
   * @param path the active file, such as {@code decisiontrace-out/episodes.jsonl}
   * @param maxBytes the size at which the file is rotated; at least 1
   * @param maxFiles how many rotated files to keep; 0 keeps all
   * @param fsync whether every export, flush and shutdown waits until the data is on the device
   * @throws IllegalArgumentException if {@code maxBytes < 1} or {@code maxFiles < 0}
   * @throws NullPointerException if {@code path} is {@code null}
   */
  public JsonLinesFileExporter(Path path, long maxBytes, int maxFiles, boolean fsync) {
    this(
        path,
        maxBytes,
        maxFiles,
        fsync,
        Clock.systemUTC(),
        LoggerFactory.getLogger(JsonLinesFileExporter.class));
  }

  JsonLinesFileExporter(
      Path path, long maxBytes, int maxFiles, boolean fsync, Clock clock, Logger logger) {
    this.path = Objects.requireNonNull(path, "path");
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be at least 1: " + maxBytes);
    }
    if (maxFiles < 0) {
      throw new IllegalArgumentException("maxFiles must be 0 (keep all) or more: " + maxFiles);
    }
    this.maxBytes = maxBytes;
    this.maxFiles = maxFiles;
    this.fsync = fsync;
    this.clock = clock;
    this.logger = logger;
    this.rotatedFiles = new RotatedFiles(path);
  }

  @Override
  public synchronized ExportResult export(List<TraceRecord> batch) {
    if (shutDown) {
      return ExportResult.failure(new IllegalStateException("exporter is shut down: " + path));
    }
    try {
      buffer.reset();
      encoder.writeLines(batch, buffer);
      write();
      if (fsync && channel != null) {
        channel.force(false);
      }
      recovered();
      return ExportResult.success();
    } catch (IOException | RuntimeException e) {
      return failed(e);
    } finally {
      if (buffer.isOversized()) {
        buffer = new BatchBuffer();
      }
    }
  }

  /** Appends the buffer's lines, rotating whenever the next lines would not fit. */
  private void write() throws IOException {
    int offset = 0;
    while (offset < buffer.size()) {
      open();
      int end = buffer.endOfLinesFitting(offset, maxBytes - size);
      if (end == offset) {
        if (size > 0) {
          rotate();
          continue;
        }
        end = buffer.endOfLine(offset);
      }
      ByteBuffer bytes = buffer.slice(offset, end);
      while (bytes.hasRemaining()) {
        channel.write(bytes);
      }
      size += end - offset;
      offset = end;
    }
  }

  private void open() throws IOException {
    if (channel != null) {
      return;
    }
    Path parent = path.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    long removed = PartialLine.truncate(path);
    if (removed > 0) {
      logger.warn(
          "Removed an incomplete last line ({} bytes) from {}: an earlier write was interrupted",
          removed,
          path);
    }
    channel =
        FileChannel.open(
            path, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    size = channel.size();
  }

  private void rotate() throws IOException {
    if (fsync) {
      channel.force(false);
    }
    channel.close();
    channel = null;
    Path target = rotatedFiles.next(clock.instant());
    Files.move(path, target, StandardCopyOption.ATOMIC_MOVE);
    if (maxFiles > 0) {
      try {
        rotatedFiles.deleteOldest(maxFiles);
      } catch (IOException e) {
        // Old files that stay are no reason to fail the records being written now. Rotations are
        // rare, so a warning for each one that could not clean up does not flood the log.
        logger.warn("Cannot delete the oldest rotated files next to {}: {}", path, e.toString());
      }
    }
  }

  @Override
  public synchronized ExportResult flush() {
    if (!fsync || channel == null) {
      return ExportResult.success();
    }
    try {
      channel.force(false);
      return ExportResult.success();
    } catch (IOException | RuntimeException e) {
      return failed(e);
    }
  }

  @Override
  public synchronized ExportResult shutdown() {
    if (shutDown) {
      return ExportResult.success();
    }
    shutDown = true;
    if (channel == null) {
      return ExportResult.success();
    }
    try (FileChannel closing = channel) {
      channel = null;
      if (fsync) {
        closing.force(false);
      }
      return ExportResult.success();
    } catch (IOException | RuntimeException e) {
      report(e);
      return ExportResult.failure(e);
    }
  }

  @Override
  public String name() {
    return "file";
  }

  private ExportResult failed(Exception e) {
    closeQuietly();
    report(e);
    return ExportResult.failure(e);
  }

  private void closeQuietly() {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException ignored) {
        // The channel is abandoned either way; the error that led here is the one reported.
      }
      channel = null;
    }
  }

  private void report(Exception e) {
    String error = e.toString();
    if (!error.equals(lastReportedError)) {
      lastReportedError = error;
      logger.warn("Cannot write records to {}: {}", path, error);
    }
  }

  private void recovered() {
    if (lastReportedError != null) {
      lastReportedError = null;
      logger.info("Writing records to {} again", path);
    }
  }

  @Override
  public String toString() {
    return "JsonLinesFileExporter{"
        + path
        + ", maxBytes="
        + maxBytes
        + ", maxFiles="
        + maxFiles
        + ", fsync="
        + fsync
        + "}";
  }
}
