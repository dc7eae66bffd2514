package dev.decisiontrace.internal.recording;

import java.lang.reflect.Array;
import java.util.AbstractList;
import java.util.List;

/** A read-only list view of any array, primitive or not, so arrays are written like lists. */
final class ArrayElements extends AbstractList<Object> {

  private final Object array;
  private final int length;

  private ArrayElements(Object array) {
    this.array = array;
    this.length = Array.getLength(array);
  }

  static List<Object> of(Object array) {
    return new ArrayElements(array);
  }

  @Override
  public Object get(int index) {
    return Array.get(array, index);
  }

  @Override
  public int size() {
    return length;
  }
}
