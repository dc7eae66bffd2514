package dev.decisiontrace.examples.collector.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class SortableInstantTest {

  private static final List<Instant> ASCENDING =
      List.of(
          Instant.parse("0001-01-01T00:00:00Z"),
          Instant.parse("2024-03-15T14:30:00Z"),
          Instant.parse("2024-03-15T14:30:00.000000001Z"),
          Instant.parse("2024-03-15T14:30:00.5Z"),
          Instant.parse("2024-03-15T14:30:01Z"),
          Instant.parse("9999-12-31T23:59:59.999999999Z"));

  @Test
  void theTextSortsAsTheInstantsDoWhereTheWireFormDoesNot() {
    assertTrue(
        "2024-03-15T14:30:00Z".compareTo("2024-03-15T14:30:00.5Z") > 0,
        "the premise: Instant.toString() does not sort");

    List<String> texts = ASCENDING.stream().map(SortableInstant::format).toList();

    assertEquals(texts, texts.stream().sorted(Comparator.naturalOrder()).toList());
  }

  @Test
  void theTextReadsBackAsTheSameInstant() {
    for (Instant instant : ASCENDING) {
      assertEquals(instant, SortableInstant.parse(SortableInstant.format(instant)));
    }
  }
}
