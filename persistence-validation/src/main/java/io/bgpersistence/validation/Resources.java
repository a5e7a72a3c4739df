package io.bgpersistence.validation;

import io.bgpersistence.model.FieldPath;
import io.bgpersistence.model.ResourceSpec;
import io.bgpersistence.model.WriterSpec;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Function;

/** The two resources of a writer's request and limit, as data, so rules loop instead of repeating. */
enum Resources {
  CPU("cpu", ResourceSpec::cpu),
  MEMORY("memory", ResourceSpec::memory);

  private final String jsonName;
  private final Function<ResourceSpec, Optional<String>> field;

  Resources(String jsonName, Function<ResourceSpec, Optional<String>> field) {
    this.jsonName = jsonName;
    this.field = field;
  }

  String jsonName() {
    return jsonName;
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
