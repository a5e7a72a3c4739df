package io.bgpersistence.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A member of a closed set as it is spelled in the document. The document keeps such fields as raw
 * strings (so a typo survives reading and validation can answer NotSupported with the closest
 * value); these enums are what the rules and the renderer compare against.
 */
public interface WireValue {
  String wireName();

  static <E extends Enum<E> & WireValue> Optional<E> parse(Class<E> type, String wire) {
    for (E e : type.getEnumConstants()) {
      if (e.wireName().equals(wire)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  static <E extends Enum<E> & WireValue> List<String> wireNames(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(WireValue::wireName).toList();
  }
}
