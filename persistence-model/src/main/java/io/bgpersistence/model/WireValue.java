package io.bgpersistence.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A member of a closed set as it is spelled in the document. The document keeps such fields as raw
 * strings (so a typo survives reading and validation can answer NotSupported with the closest
 * value); these enums are what the rules and the renderer compare against. Chalk's own documents
 * write closed sets in either case ({@code "grpc_server"}), so matching ignores case.
 */
public interface WireValue {
  /** {@return the value as the format spells it} */
  String wireName();

  /**
   * The member whose wire name equals {@code wire}, ignoring case; empty when none does.
   *
   * @param <E> the closed set
   * @param type the enum of the closed set, e.g. {@code BusBackend.class}
   * @param wire the value as the document spells it, in any case; null matches nothing
   * @return the member whose wire name equals {@code wire}, ignoring case; empty when none does
   */
  static <E extends Enum<E> & WireValue> Optional<E> parse(Class<E> type, String wire) {
    for (E e : type.getEnumConstants()) {
      if (e.wireName().equalsIgnoreCase(wire)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /**
   * Every member's wire name, in declaration order.
   *
   * @param <E> the closed set
   * @param type the enum of the closed set, e.g. {@code BusBackend.class}
   * @return every member's wire name, in declaration order
   */
  static <E extends Enum<E> & WireValue> List<String> wireNames(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(WireValue::wireName).toList();
  }
}
