package io.bgpersistence.validation;

import java.util.List;

/**
 * Plug-in point for backends ({@code persistence-kafka}, {@code persistence-pubsub}) and users:
 * found with {@link java.util.ServiceLoader} through
 * {@code META-INF/services/io.bgpersistence.validation.ValidationExtension}, or added to a
 * {@link DocumentValidator.Builder} by hand. The core knows no backend: a backend's rules check
 * {@code bus_backend} themselves and report nothing for documents of another backend.
 */
public interface ValidationExtension {
  String id();

  List<DocumentRule> rules();
}
