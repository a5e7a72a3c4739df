package io.bgpersistence.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The part every builder of the SDK that takes extensions shares ({@code DocumentValidator},
 * {@code Renderer}, {@code Preflight}), so they choose them the same way: those found with
 * {@link ServiceLoader} unless {@link #withoutServiceLoader()}, then those added in code (replacing
 * a found one of the same id), less those left out by id, sorted by id.
 *
 * @param <E> the kind of extension
 * @param <B> the builder itself, which every method returns
 */
public abstract class ExtensionsBuilder<E extends Extension, B extends ExtensionsBuilder<E, B>> {
  /** A class path this broken is reported, not walked to its end. */
  private static final int MAX_LOAD_FAULTS = 20;

  private final Class<E> kind;
  private final Map<String, E> added = new LinkedHashMap<>();
  private final Set<String> leftOut = new LinkedHashSet<>();
  private boolean serviceLoader = true;

  /**
   * A builder that by default uses every extension of this kind on the class path.
   *
   * @param kind the extension interface, as listed in {@code META-INF/services}
   */
  protected ExtensionsBuilder(Class<E> kind) {
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  /**
   * Uses an extension, configured as it is (no no-arg constructor needed); it replaces one of the
   * same id, added earlier or found on the class path.
   *
   * @param extension the extension, already configured; it and its id must not be null
   * @return this builder
   */
  public B addExtension(E extension) {
    Objects.requireNonNull(extension, "extension");
    added.put(Objects.requireNonNull(extension.id(), "extension id"), extension);
    return self();
  }

  /**
   * Leaves out the extension of this id, whether found on the class path or added.
   *
   * @param id the extension's id
   * @return this builder
   */
  public B withoutExtension(String id) {
    leftOut.add(Objects.requireNonNull(id, "id"));
    return self();
  }

  /**
   * Uses only the extensions added in code: no class-path discovery.
   *
   * @return this builder
   */
  public B withoutServiceLoader() {
    serviceLoader = false;
    return self();
  }

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  /**
   * The extensions chosen, in the order of their ids. A class listed in {@code META-INF/services}
   * that cannot be made (its constructor throws, or a class it needs is missing) is passed to
   * {@code loadFault} with the text of the problem to report, instead of failing the build.
   *
   * @param loadFault receives the listed class's name and the problem's message
   * @return the extensions, sorted by id
   */
  protected List<E> chosen(BiConsumer<String, String> loadFault) {
    Map<String, E> all = new LinkedHashMap<>();
    if (serviceLoader) {
      for (ServiceLoader.Provider<E> provider : providers(loadFault)) {
        String name = provider.type().getName();
        try {
          E found = provider.get();
          all.putIfAbsent(found.id(), found);
        } catch (Throwable e) {
          loadFault.accept(name, fault(name, e));
        }
      }
    }
    all.putAll(added);
    List<E> out = new ArrayList<>(all.values());
    out.removeIf(e -> leftOut.contains(e.id()));
    out.sort(Comparator.comparing(Extension::id));
    return List.copyOf(out);
  }

  /** Every listed class that exists; a line that names no usable class is a fault, and the rest still load. */
  private List<ServiceLoader.Provider<E>> providers(BiConsumer<String, String> loadFault) {
    List<ServiceLoader.Provider<E>> out = new ArrayList<>();
    Iterator<ServiceLoader.Provider<E>> it = ServiceLoader.load(kind).stream().iterator();
    for (int faults = 0; faults < MAX_LOAD_FAULTS; ) {
      try {
        if (!it.hasNext()) {
          break;
        }
        out.add(it.next());
      } catch (ServiceConfigurationError e) {
        faults++;
        loadFault.accept(kind.getName(), fault(kind.getName(), e));
      }
    }
    return out;
  }

  /**
   * The text of the problem an extension's fault becomes: it names the extension and the kind of
   * fault, and leaves out the fault's own message, which may quote a value of the document (and
   * values may be secret).
   *
   * @param extension the extension's id (or, when it could not be made, its class)
   * @param fault what it threw
   * @return the message
   */
  public static String fault(String extension, Throwable fault) {
    if (fault instanceof InterruptedException) {
      Thread.currentThread().interrupt();
    }
    return "extension \"" + extension + "\" failed (" + fault.getClass().getName()
        + "); this is a bug in that extension";
  }
}
