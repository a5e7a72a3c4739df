package io.bgpersistence.pubsub.internal;

import java.util.Objects;
import java.util.Optional;

/**
 * A topic or subscription as a document gives it: a short id ({@code metrics-bus}), resolved in
 * the fleet's project, or a full resource name ({@code projects/P/topics/metrics-bus}), which
 * carries its own project and says which kind of resource it names.
 *
 * @param namedKind the kind the full name says; empty for a short id
 * @param project the project the full name says; empty for a short id
 * @param id the topic or subscription id
 */
public record ResourceName(Optional<ResourceKind> namedKind, Optional<String> project, String id) {
  /**
   * A name; no part may be null.
   *
   * @param namedKind the kind the full name says; empty for a short id
   * @param project the project the full name says; empty for a short id
   * @param id the topic or subscription id
   */
  public ResourceName {
    Objects.requireNonNull(namedKind, "namedKind");
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(id, "id");
  }

  /**
   * Whether the value was a full name ({@code projects/P/topics/T}) rather than a short id.
   *
   * @return whether it named its kind and project
   */
  public boolean isFullName() {
    return project.isPresent();
  }

  /**
   * The full resource name of this resource read as {@code kind}, short ids in {@code defaultProject};
   * empty for a short id when there is no project to resolve it in.
   *
   * @param kind what the name is read as
   * @param defaultProject the project of short ids
   * @return {@code projects/P/<collection>/ID}, or empty
   */

  public Optional<String> fullName(ResourceKind kind, Optional<String> defaultProject) {
    return project.or(() -> defaultProject)
        .map(p -> "projects/" + p + "/" + namedKind.orElse(kind).collection() + "/" + id);
  }
}
