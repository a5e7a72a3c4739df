package io.bgpersistence.validation;

import io.bgpersistence.model.FieldPath;
import io.bgpersistence.model.ResourceSpec;
import io.bgpersistence.model.WriterSpec;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Function;

/**
 * The resources of a writer's request and limit, as data, so rules loop instead of repeating:
 * cpu and memory (a request states both) and the optional ones.
 */
enum Resources {
  CPU("cpu", ResourceSpec::cpu, true),
  MEMORY("memory", ResourceSpec::memory, true),
  EPHEMERAL_STORAGE("ephemeral_storage", ResourceSpec::ephemeralStorage, false),
  STORAGE("storage", ResourceSpec::storage, false);

  private final String jsonName;
  private final Function<ResourceSpec, Optional<String>> field;
  private final boolean requested;

  Resources(String jsonName, Function<ResourceSpec, Optional<String>> field, boolean requested) {
    this.jsonName = jsonName;
    this.field = field;
    this.requested = requested;
  }

  String jsonName() {
    return jsonName;
  }

  /** Whether a request must state it. */
  boolean requested() {
    return requested;
  }

  Optional<String> request(WriterSpec writer) {
    return writer.request().flatMap(field);
  }

  Optional<String> limit(WriterSpec writer) {
    return writer.limit().flatMap(field);
  }

  FieldPath requestPath(int writer) {
    return Paths.writer(writer).child("request").child(jsonName);
  }

  FieldPath limitPath(int writer) {
    return Paths.writer(writer).child("limit").child(jsonName);
  }

  /** The amount, when the value is a valid quantity. */
  static Optional<BigDecimal> amount(Optional<String> value) {
    return value.flatMap(Checks::parseQuantity);
  }
}
