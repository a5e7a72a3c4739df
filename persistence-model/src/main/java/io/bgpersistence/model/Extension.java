package io.bgpersistence.model;

/**
 * The one shape of every plug-in point of the SDK (validation, rendering, preflight): an identity,
 * whether it applies to a document, and nothing else in common. Extensions are found with
 * {@link java.util.ServiceLoader} or added in code to a builder as instances, which carry their
 * own configuration; a builder can leave a discovered one out by {@link #id()}. Every builder runs
 * its extensions in the order of their ids ({@link ExtensionsBuilder}), so the class path order never
 * matters. Anything an extension throws, {@link Error}s included, becomes a problem or failed check
 * naming it ({@link ExtensionsBuilder#fault}), never an exception at the caller.
 */
public interface Extension {
  /**
   * A short stable name, e.g. {@code kafka}: the order extensions run in, the name a builder leaves
   * one out by, and the {@code origin} of the problems its faults become. One extension per id is used.
   *
   * @return this extension's name
   */
  String id();

  /**
   * Whether this extension has anything to say about a document, e.g. {@code bus_backend == KAFKA}.
   * Must be cheap and must not load a bus client: it is asked for every document.
   *
   * @param document the document about to be validated, rendered or checked
   * @return whether the extension's other methods are called for it; by default, always
   */
  default boolean appliesTo(PersistenceDocument document) {
    return true;
  }
}
