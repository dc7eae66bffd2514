package dev.decisiontrace.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Null-tolerant defensive copies shared by the records of this package. */
final class Values {

  private Values() {}

  static <T> List<T> list(List<T> values) {
    if (values == null || values.isEmpty()) {
      return List.of();
    }
    // List.copyOf rejects null elements; a record must never throw, so nulls are kept as given.
    return Collections.unmodifiableList(new ArrayList<>(values));
  }

  static <V> Map<String, V> map(Map<String, V> values) {
    if (values == null || values.isEmpty()) {
      return Map.of();
    }
    return Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }
}
