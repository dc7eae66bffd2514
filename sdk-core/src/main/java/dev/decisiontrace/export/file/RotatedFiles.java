package dev.decisiontrace.export.file;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rotated files of one active file {@code <name>.jsonl}: named {@code
 * <name>-<yyyyMMdd'T'HHmmss'Z'>-<seq>.jsonl} in the same directory, where {@code seq} is a counter
 * of six or more digits that keeps increasing across restarts, so that it orders the files even
 * when the clock does not.
 */
final class RotatedFiles {

  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final String EXTENSION = ".jsonl";

  private final Path directory;
  private final String stem;
  private final Pattern pattern;
  private long nextSeq;

  RotatedFiles(Path activeFile) {
    Path absolute = activeFile.toAbsolutePath();
    this.directory = absolute.getParent();
    String fileName = absolute.getFileName().toString();
    this.stem =
        fileName.endsWith(EXTENSION)
            ? fileName.substring(0, fileName.length() - EXTENSION.length())
            : fileName;
    this.pattern =
        Pattern.compile(
            Pattern.quote(stem) + "-[0-9]{8}T[0-9]{6}Z-([0-9]{1,18})" + Pattern.quote(EXTENSION));
  }

  /** A name no file has yet, for the active file rotated at {@code now}. */
  Path next(Instant now) throws IOException {
    if (nextSeq == 0) {
      nextSeq = list().stream().mapToLong(RotatedFile::seq).max().orElse(0) + 1;
    }
    Path target;
    do {
      target =
          directory.resolve(
              String.format("%s-%s-%06d%s", stem, TIMESTAMP.format(now), nextSeq++, EXTENSION));
    } while (Files.exists(target));
    return target;
  }

  /**
   * Deletes the oldest rotated files until at most {@code keep} remain.
   *
   * @throws IOException if the directory cannot be listed or a file cannot be deleted; the files
   *     before it are deleted
   */
  void deleteOldest(int keep) throws IOException {
    List<RotatedFile> files = list();
    files.sort(Comparator.comparingLong(RotatedFile::seq));
    for (int i = 0; i < files.size() - keep; i++) {
      Files.deleteIfExists(files.get(i).path());
    }
  }

  /** The rotated files, in no particular order. */
  List<RotatedFile> list() throws IOException {
    List<RotatedFile> files = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
      for (Path entry : entries) {
        Matcher matcher = pattern.matcher(entry.getFileName().toString());
        if (matcher.matches()) {
          files.add(new RotatedFile(entry, Long.parseLong(matcher.group(1))));
        }
      }
    }
    return files;
  }

  record RotatedFile(Path path, long seq) {}
}
