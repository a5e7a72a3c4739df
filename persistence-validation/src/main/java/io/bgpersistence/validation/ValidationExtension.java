package io.bgpersistence.validation;

import io.bgpersistence.model.BusBackend;
import io.bgpersistence.model.Extension;
import java.util.List;

/**
 * Rules a backend ({@code persistence-kafka}, {@code persistence-pubsub}) or a user adds to
 * validation: an {@link Extension} (id, applies-to, run in the order of ids) found with
 * {@link java.util.ServiceLoader} through
 * {@code META-INF/services/io.bgpersistence.validation.ValidationExtension}, or added, configured,
 * with {@link DocumentValidator.Builder#addExtension}. Its rules run only for documents it
 * {@linkplain #appliesTo applies to}; anything it throws becomes an error whose origin is its id.
 */
public interface ValidationExtension extends Extension {
  /**
   * The rules this extension adds, run after the built-in ones; asked once, when a validator is built.
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
