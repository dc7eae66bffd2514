package dev.decisiontrace.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps the examples in {@code docs/wire-format.md} identical to what the encoder writes. */
class DocumentedExamplesTest {

  private static final Path DOC = Path.of("..", "docs", "wire-format.md");
  private static final Pattern JSON_BLOCK = Pattern.compile("```json\n(.*?)\n```", Pattern.DOTALL);

  private static List<String> examples() throws IOException {
    return JSON_BLOCK
        .matcher(Files.readString(DOC))
        .results()
        .map(match -> match.group(1))
        .toList();
  }

  @Test
  void theDocumentedExamplesAreWhatTheEncoderWrites() throws IOException {
    RecordJsonEncoder encoder = new RecordJsonEncoder();

    assertEquals(
        Stream.of(
                TestRecords.fullEpisode(),
                TestRecords.fullOutcome(),
                TestRecords.outcomeByOrderId(),
                TestRecords.fullFeedback(),
                TestRecords.episodeWithNonFiniteValues())
            .map(encoder::toJson)
            .toList(),
        examples());
  }

  @Test
  void theDocumentedExamplesAreValidRecords() throws IOException {
    examples().forEach(SchemaValidator.records()::assertValid);
  }
}
