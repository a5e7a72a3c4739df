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
  /**
   * The value as the document spells it.
   *
   * @return the wire name, e.g. {@code SASL_SSL}
   */
  String wireName();

  /**
   * The member a document's string names.
   *
   * @param <E> the closed set
   * @param type the closed set's enum
   * @param wire the string in the document
   * @return the member, or empty when the string names none (exact spelling)
   */
  static <E extends Enum<E> & WireValue> Optional<E> parse(Class<E> type, String wire) {
    for (E e : type.getEnumConstants()) {
      if (e.wireName().equals(wire)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /**
   * Every member's wire name, for messages and the schema.
   *
   * @param <E> the closed set
   * @param type the closed set's enum
   * @return the wire names, in declaration order
   */
  static <E extends Enum<E> & WireValue> List<String> wireNames(Class<E> type) {

    return Arrays.stream(type.getEnumConstants()).map(WireValue::wireName).toList();
  }
}
