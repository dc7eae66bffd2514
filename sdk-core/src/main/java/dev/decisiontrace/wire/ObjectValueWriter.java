package dev.decisiontrace.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes the free-form values of attributes, step inputs and outputs and counterfactual parameters,
 * which may hold anything a strategy passed in.
 *
 * <p>Nothing a value does may corrupt the line being written: everything that runs user code
 * ({@code toString}, iterators, {@code Number.doubleValue}) runs before the first token of the
 * value is written, and a failure turns the value into {@code null}.
 */
final class ObjectValueWriter {

  /** Deepest nesting written; below it a value is replaced by {@link #TOO_DEEP}. */
  static final int MAX_DEPTH = 16;

  /**
   * Written in place of a value nested deeper than {@link #MAX_DEPTH}, such as a list that contains
   * itself.
   */
  static final String TOO_DEEP = "<too deep>";

  /**
   * Elements read from an {@link Iterable} that is not a {@link Collection}: such an iterable may
   * be endless, and no earlier limit could have measured it.
   */
  static final int MAX_ITERABLE_ELEMENTS = 10_000;

  private ObjectValueWriter() {}

  /**
   * Writes {@code value}, which sits at {@code depth} (1 for a value directly in an attribute map).
   */
  static void write(JsonGenerator gen, Object value, int depth) throws IOException {
    if (depth > MAX_DEPTH) {
      gen.writeString(TOO_DEEP);
    } else if (value == null) {
      gen.writeNull();
    } else if (value instanceof String text) {
      writeText(gen, text);
    } else if (value instanceof Boolean bool) {
      gen.writeBoolean(bool);
    } else if (value instanceof Number number) {
      writeNumber(gen, number);
    } else if (value instanceof Enum<?> constant) {
      gen.writeString(constant.name());
    } else if (value instanceof Map<?, ?> map) {
      writeObject(gen, mapSnapshot(map), depth);
    } else if (value instanceof Iterable<?> iterable) {
      writeArray(gen, iterableSnapshot(iterable), depth);
    } else if (value.getClass().isArray()) {
      writeArray(gen, arraySnapshot(value), depth);
    } else {
      writeStringOrNull(gen, safeToString(value));
    }
  }

  /** Writes the entries of a map the model has already copied, so it can be iterated safely. */
  static void writeEntries(JsonGenerator gen, Map<String, Object> map) throws IOException {
    for (Map.Entry<String, Object> entry : map.entrySet()) {
      gen.writeFieldName(WellFormedText.of(String.valueOf(entry.getKey())));
      write(gen, entry.getValue(), 1);
    }
  }

  /** Writes {@code text} with any unpaired surrogate replaced (see {@link WellFormedText}). */
  static void writeText(JsonGenerator gen, String text) throws IOException {
    gen.writeString(WellFormedText.of(text));
  }

  static void writeDouble(JsonGenerator gen, double value) throws IOException {
    if (Double.isFinite(value)) {
      gen.writeNumber(value);
    } else {
      gen.writeNull();
    }
  }

  private static void writeNumber(JsonGenerator gen, Number number) throws IOException {
    if (number instanceof Integer || number instanceof Short || number instanceof Byte) {
      gen.writeNumber(number.intValue());
    } else if (number instanceof Long
        || number instanceof AtomicLong
        || number instanceof AtomicInteger) {
      gen.writeNumber(number.longValue());
    } else if (number instanceof Double value) {
      writeDouble(gen, value);
    } else if (number instanceof Float value) {
      if (Float.isFinite(value)) {
        gen.writeNumber(value.floatValue());
      } else {
        gen.writeNull();
      }
    } else if (number instanceof BigDecimal value) {
      gen.writeNumber(value);
    } else if (number instanceof BigInteger value) {
      gen.writeNumber(value);
    } else {
      writeDouble(gen, safeDoubleValue(number));
    }
  }

  private static void writeObject(JsonGenerator gen, Object[] keysAndValues, int depth)
      throws IOException {
    if (keysAndValues == null) {
      gen.writeNull();
      return;
    }
    gen.writeStartObject();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      String key = (String) keysAndValues[i];
      if (key != null) {
        gen.writeFieldName(WellFormedText.of(key));
        write(gen, keysAndValues[i + 1], depth + 1);
      }
    }
    gen.writeEndObject();
  }

  private static void writeArray(JsonGenerator gen, Object[] elements, int depth)
      throws IOException {
    if (elements == null) {
      gen.writeNull();
      return;
    }
    gen.writeStartArray();
    for (Object element : elements) {
      write(gen, element, depth + 1);
    }
    gen.writeEndArray();
  }

  private static void writeStringOrNull(JsonGenerator gen, String text) throws IOException {
    if (text == null) {
      gen.writeNull();
    } else {
      writeText(gen, text);
    }
  }

  /**
   * Alternating keys (already turned into strings, {@code null} for a key whose {@code toString}
   * failed) and values, or {@code null} if the map could not be read, for instance because the
   * strategy changed it while it was being read.
   */
  private static Object[] mapSnapshot(Map<?, ?> map) {
    try {
      Object[] entries = map.entrySet().toArray();
      Object[] keysAndValues = new Object[entries.length * 2];
      for (int i = 0; i < entries.length; i++) {
        Map.Entry<?, ?> entry = (Map.Entry<?, ?>) entries[i];
        keysAndValues[2 * i] = safeToString(entry.getKey());
        keysAndValues[2 * i + 1] = entry.getValue();
      }
      return keysAndValues;
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static Object[] iterableSnapshot(Iterable<?> iterable) {
    try {
      if (iterable instanceof Collection<?> collection) {
        return collection.toArray();
      }
      List<Object> elements = new ArrayList<>();
      Iterator<?> it = iterable.iterator();
      while (it.hasNext() && elements.size() < MAX_ITERABLE_ELEMENTS) {
        elements.add(it.next());
      }
      return elements.toArray();
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static Object[] arraySnapshot(Object array) {
    if (array instanceof Object[] objects) {
      return objects.clone();
    }
    // A primitive array: boxing each element lets the number and string rules above apply
    // unchanged.
    Object[] elements = new Object[Array.getLength(array)];
    for (int i = 0; i < elements.length; i++) {
      elements[i] = Array.get(array, i);
    }
    return elements;
  }

  /** {@code String.valueOf(value)}, or {@code null} if that fails. */
  static String safeToString(Object value) {
    try {
      return String.valueOf(value);
    } catch (RuntimeException | StackOverflowError e) {
      // A toString that recurses without end is a bug in the strategy's object, not a reason to
      // lose the record.
      return null;
    }
  }

  private static double safeDoubleValue(Number number) {
    try {
      return number.doubleValue();
    } catch (RuntimeException e) {
      return Double.NaN;
    }
  }
}
