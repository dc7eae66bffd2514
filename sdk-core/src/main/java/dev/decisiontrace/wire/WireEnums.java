package dev.decisiontrace.wire;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.util.Locale;

/**
 * The wire names of the model's enums: the constant's name in lower case, such as {@code
 * stop_limit}.
 */
final class WireEnums {

  // Computed once per enum type so that encoding never lower-cases or encodes a name again.
  private static final ClassValue<SerializedString[]> NAMES =
      new ClassValue<>() {
        @Override
        protected SerializedString[] computeValue(Class<?> type) {
          Object[] constants = type.getEnumConstants();
          SerializedString[] names = new SerializedString[constants.length];
          for (int i = 0; i < constants.length; i++) {
            names[i] =
                new SerializedString(((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT));
          }
          return names;
        }
      };

  private WireEnums() {}

  static SerializableString wireName(Enum<?> value) {
    return NAMES.get(value.getDeclaringClass())[value.ordinal()];
  }

  /**
   * The constant of {@code type} whose wire name is {@code wireName}.
   *
   * @throws IllegalArgumentException if there is none
   */
  static <E extends Enum<E>> E parse(Class<E> type, String wireName) {
    for (E constant : type.getEnumConstants()) {
      if (wireName(constant).getValue().equals(wireName)) {
        return constant;
      }
    }
    throw new IllegalArgumentException(
        "'" + wireName + "' is not a wire name of " + type.getSimpleName());
  }
}
