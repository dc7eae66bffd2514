package dev.decisiontrace.faults;

import dev.decisiontrace.DecisionTrace;
import dev.decisiontrace.DecisionTraceBuilder;
import dev.decisiontrace.Episode;
import dev.decisiontrace.model.Action;
import dev.decisiontrace.model.Side;
import dev.decisiontrace.testing.RequestBodies;
import dev.decisiontrace.wire.RecordJsonDecoder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** What the fault tests share: the SDK pointed at a MockWebServer, episodes, and reading batches. */
final class FaultFixtures {

  private FaultFixtures() {}

  /** A builder for the http exporter posting to {@code server}, spooling under {@code spool}. */
  static DecisionTraceBuilder shippingTo(MockWebServer server, Path spool) {
    return DecisionTrace.builder()
        .shutdownHook(false)
        .set("decisiontrace.exporter", "http")
        .set("decisiontrace.http.endpoint", server.url("/v1/records").toString())
        .set("decisiontrace.spool.dir", spool.toString());
  }

  /** Records one decided episode with a signal and an order, as a strategy would. */
  static void recordEpisode(DecisionTrace trace, long n) {
    try (Episode episode = trace.openEpisode("faults", "BTC-USD")) {
      episode.signal("rsi14", 61.5).action(Action.market(Side.BUY, 0.5, "ord-" + n));
    }
  }

  static void recordEpisodes(DecisionTrace trace, long count) {
    for (long n = 0; n < count; n++) {
      recordEpisode(trace, n);
    }
  }

  /** The record ids of a batch, in body order; decoding also proves each line is a record. */
  static List<String> recordIds(RecordedRequest request) {
    RecordJsonDecoder decoder = new RecordJsonDecoder();
    return RequestBodies.text(request)
        .lines()
        .map(
            line -> {
              try {
                return decoder.decode(line).recordId();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            })
        .toList();
  }

  /** The protocol's 200 for a batch of {@code lines} records, all stored. */
  static MockResponse accepted(int lines) {
    return new MockResponse.Builder()
        .code(200)
        .body("{\"accepted\":" + lines + ",\"duplicates\":0,\"rejected\":[]}")
        .build();
  }

  static MockResponse status(int code) {
    return new MockResponse.Builder().code(code).body("HTTP " + code + " from the test").build();
  }

  /** Bytes of every file in {@code directory}, temporary ones included; 0 before it exists. */
  static long bytesOnDisk(Path directory) throws IOException {
    if (!Files.isDirectory(directory)) {
      return 0;
    }
    try (Stream<Path> files = Files.list(directory)) {
      // length() is 0 for a file the export thread deleted since the listing.
      return files.mapToLong(file -> file.toFile().length()).sum();
    }
  }

  /** Records held by the spool files in {@code directory}, read from each file's header line. */
  static long recordsInSpool(Path directory) throws IOException {
    if (!Files.isDirectory(directory)) {
      return 0;
    }
    try (Stream<Path> files = Files.list(directory)) {
      long records = 0;
      for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".spool")).toList()) {
        String header;
        try (var reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
          header = reader.readLine();
        }
        records += Long.parseLong(header.split(" ")[1]);
      }
      return records;
    }
  }
}
