package dev.decisiontrace.internal.pipeline;

import dev.decisiontrace.internal.SdkCounters;
import dev.decisiontrace.metrics.DropReason;
import dev.decisiontrace.model.TraceRecord;
import dev.decisiontrace.wire.RecordJsonDecoder;
import dev.decisiontrace.wire.RecordJsonEncoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.zip.CRC32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Batches the exporter could not deliver, kept on disk until it can: one file per batch, replayed
 * oldest first, capped in bytes.
 *
 * <p>A batch file is a header line {@code DTSPOOL1 <records> <payload bytes> <crc32>} followed by
 * the records as JSON lines. It is written to a hidden temporary file, forced to the device and
 * renamed into place, so a crash never leaves a half-written batch under a batch name; a file that
 * still fails its length or checksum (a damaged disk, a hand edit) is reported with its path and
 * reason, renamed to {@code .corrupt} and skipped. When the cap would be exceeded the oldest batches
 * are deleted, counted as {@link DropReason#SPOOL_FULL}. Batches survive the process: a new instance
 * on the same directory replays them.
 *
 * <p>Used only by the export thread, and before it starts by the thread that starts it; not
 * thread-safe. Never throws: I/O failures are logged and
 * counted, and the batch concerned is dropped.
 */
final class DiskSpool {

  private static final Logger LOG = LoggerFactory.getLogger(DiskSpool.class);
  private static final String MAGIC = "DTSPOOL1";
  private static final String SUFFIX = ".spool";

  private final Path directory;
  private final long maxBytes;
  private final SdkCounters counters;
  private final RecordJsonEncoder encoder = new RecordJsonEncoder();
  private final RecordJsonDecoder decoder = new RecordJsonDecoder();
  /** Batch files by sequence number: the order they were written in. */
  private final TreeMap<Long, SpooledFile> files = new TreeMap<>();
  private volatile long bytes;
  private long nextSequence;
  private boolean scanned;

  DiskSpool(Path directory, long maxBytes, SdkCounters counters) {
    this.directory = directory;
    this.maxBytes = maxBytes;
    this.counters = counters;
  }

  /** A spooled batch, read back. */
  record SpooledBatch(Path path, List<TraceRecord> records) {}

  private record SpooledFile(Path path, long size, int records) {}

  /** Whether nothing waits in the spool (looking at the directory once, at first use). */
  boolean isEmpty() {
    scanOnce();
    return files.isEmpty();
  }

  /** Bytes the spool holds now. */
  long bytes() {
    return bytes;
  }

  /** Records the spool holds now. */
  long records() {
    return files.values().stream().mapToLong(SpooledFile::records).sum();
  }

  /**
   * Writes {@code batch} as the newest spooled batch, deleting the oldest ones if the cap requires.
   *
   * @return whether the batch is now on disk
   */
  boolean append(List<TraceRecord> batch) {
    scanOnce();
    byte[] payload;
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream(batch.size() * 600);
      encoder.writeLines(batch, out);
      payload = out.toByteArray();
    } catch (IOException | RuntimeException e) {
      LOG.error("DecisionTrace could not encode a batch for the spool; {} records dropped", batch.size(), e);
      counters.dropped(DropReason.INTERNAL_ERROR, batch.size());
      return false;
    }
    CRC32 crc = new CRC32();
    crc.update(payload);
    byte[] header =
        String.format(Locale.ROOT, "%s %d %d %08x%n", MAGIC, batch.size(), payload.length, crc.getValue())
            .getBytes(StandardCharsets.US_ASCII);
    long size = header.length + (long) payload.length;
    if (size > maxBytes) {
      LOG.warn("DecisionTrace spool: a batch of {} bytes exceeds decisiontrace.spool.max-bytes ({}); {} records dropped", size, maxBytes, batch.size());
      counters.dropped(DropReason.SPOOL_FULL, batch.size());
      return false;
    }
    while (bytes + size > maxBytes && !files.isEmpty()) {
      SpooledFile oldest = files.pollFirstEntry().getValue();
      delete(oldest.path());
      bytes -= oldest.size();
      counters.dropped(DropReason.SPOOL_FULL, oldest.records());
      LOG.warn("DecisionTrace spool is full ({} bytes); dropped its oldest batch of {} records", maxBytes, oldest.records());
    }
    long sequence = nextSequence++;
    Path target = directory.resolve(String.format(Locale.ROOT, "batch-%012d%s", sequence, SUFFIX));
    Path temporary = directory.resolve("." + target.getFileName() + ".tmp");
    try {
      Files.createDirectories(directory);
      try (FileChannel channel =
          FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.allocate((int) size);
        buffer.put(header).put(payload).flip();
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      move(temporary, target);
    } catch (IOException | RuntimeException e) {
      LOG.error("DecisionTrace could not write to the spool {}; {} records dropped", directory, batch.size(), e);
      delete(temporary);
      counters.dropped(DropReason.SPOOL_FULL, batch.size());
      return false;
    }
    files.put(sequence, new SpooledFile(target, size, batch.size()));
    bytes += size;
    counters.spooled(batch.size());
    return true;
  }

  /** The oldest readable batch, or {@code null} when the spool is empty; corrupt files are set aside. */
  SpooledBatch oldest() {
    scanOnce();
    while (!files.isEmpty()) {
      SpooledFile file = files.firstEntry().getValue();
      try {
        return new SpooledBatch(file.path(), read(file.path()));
      } catch (IOException | RuntimeException e) {
        setAside(file, e.getMessage());
      }
    }
    return null;
  }

  /** Forgets {@code batch} once it was delivered (or refused for good). */
  void remove(SpooledBatch batch) {
    files.values().removeIf(
        file -> {
          if (file.path().equals(batch.path())) {
            bytes -= file.size();
            return true;
          }
          return false;
        });
    delete(batch.path());
  }

  private List<TraceRecord> read(Path path) throws IOException {
    byte[] content = Files.readAllBytes(path);
    int newline = indexOf(content, (byte) '\n');
    if (newline < 0) {
      throw new IOException("no header line");
    }
    String[] header = new String(content, 0, newline, StandardCharsets.US_ASCII).split(" ");
    if (header.length != 4 || !header[0].equals(MAGIC)) {
      throw new IOException("not a DecisionTrace spool file (header '" + String.join(" ", header) + "')");
    }
    int records = Integer.parseInt(header[1]);
    long length = Long.parseLong(header[2]);
    int start = newline + 1;
    if (content.length - start != length) {
      throw new IOException("truncated: header promises " + length + " bytes, file holds " + (content.length - start));
    }
    CRC32 crc = new CRC32();
    crc.update(content, start, (int) length);
    if (crc.getValue() != Long.parseLong(header[3], 16)) {
      throw new IOException("checksum mismatch");
    }
    List<TraceRecord> batch = new ArrayList<>(records);
    int lineStart = start;
    for (int i = start; i < content.length; i++) {
      if (content[i] == '\n') {
        batch.add(decoder.decode(content, lineStart, i - lineStart));
        lineStart = i + 1;
      }
    }
    if (batch.size() != records) {
      throw new IOException("header promises " + records + " records, file holds " + batch.size());
    }
    return batch;
  }

  private void setAside(SpooledFile file, String reason) {
    files.values().remove(file);
    bytes -= file.size();
    counters.dropped(DropReason.SPOOL_CORRUPT, Math.max(1, file.records()));
    Path corrupt = file.path().resolveSibling(file.path().getFileName() + ".corrupt");
    LOG.error("DecisionTrace spool file {} is unreadable ({}); set aside as {}", file.path(), reason, corrupt.getFileName());
    try {
      move(file.path(), corrupt);
    } catch (IOException e) {
      delete(file.path());
    }
  }

  /**
   * Takes in the batches an earlier run left in the directory, once: every method does so at first
   * use, and the export thread's starter calls it first so that {@link #bytes()} counts them from
   * the start.
   */
  void scanOnce() {
    if (scanned) {
      return;
    }
    scanned = true;
    if (!Files.isDirectory(directory)) {
      return;
    }
    try (DirectoryStream<Path> batches = Files.newDirectoryStream(directory, "batch-*" + SUFFIX)) {
      for (Path path : batches) {
        String name = path.getFileName().toString();
        long sequence = Long.parseLong(name.substring("batch-".length(), name.length() - SUFFIX.length()));
        long size = Files.size(path);
        files.put(sequence, new SpooledFile(path, size, recordsInHeader(path)));
        bytes += size;
        nextSequence = Math.max(nextSequence, sequence + 1);
      }
    } catch (IOException | RuntimeException e) {
      LOG.error("DecisionTrace could not read the spool directory {}; earlier batches are not replayed", directory, e);
    }
    if (!files.isEmpty()) {
      LOG.info("DecisionTrace spool {} holds {} batches ({} bytes) from an earlier run; replaying them", directory, files.size(), bytes);
    }
  }

  private static int recordsInHeader(Path path) {
    try (var reader = Files.newBufferedReader(path, StandardCharsets.US_ASCII)) {
      String[] header = String.valueOf(reader.readLine()).split(" ");
      return header.length == 4 && header[0].equals(MAGIC) ? Integer.parseInt(header[1]) : 0;
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void delete(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      LOG.warn("DecisionTrace could not delete spool file {}: {}", path, e.toString());
    }
  }

  private static int indexOf(byte[] content, byte value) {
    for (int i = 0; i < content.length; i++) {
      if (content[i] == value) {
        return i;
      }
    }
    return -1;
  }
}
