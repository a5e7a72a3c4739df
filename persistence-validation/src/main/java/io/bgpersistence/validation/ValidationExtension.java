package io.bgpersistence.validation;

import io.bgpersistence.model.BusBackend;
import java.util.List;

/**
 * Plug-in point for backends ({@code persistence-kafka}, {@code persistence-pubsub}) and users:
 * found with {@link java.util.ServiceLoader} through
 * {@code META-INF/services/io.bgpersistence.validation.ValidationExtension}, or added to a
 * {@link DocumentValidator.Builder} by hand. The core knows no backend: a backend's rules check
 * {@code bus_backend} themselves and report nothing for documents of another backend.
 */
public interface ValidationExtension {
  /**
   * A short stable name, e.g. {@code kafka}; one extension per id is used.
   *
   * @return this extension's name
   */
  String id();

  /**
   * The rules this extension adds, run after the built-in ones.
   *
   * @return the rules, in the order they run
   */
  List<DocumentRule> rules();

  /**
   * Whether this extension checks the documents of a backend: true in that backend's module. A
   * document whose {@code bus_backend} no extension covers is an error at
   * {@code common_persistence_specs.bus_backend} naming the module to add, because its backend
   * settings could not be checked.
   *
   * @param backend a backend
   * @return whether this extension holds that backend's rules; false for a user's house rules
   */
  default boolean coversBackend(BusBackend backend) {
    return false;
  }
}
