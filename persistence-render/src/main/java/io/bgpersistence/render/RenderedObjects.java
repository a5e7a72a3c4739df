package io.bgpersistence.render;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * The objects of one rendering, in the order of docs/contract.md ("What rendering produces"):
 * Namespace (when asked), ServiceAccount, ConfigMap, the render extensions' fleet objects, then per
 * writer its Deployment, with 2 or more replicas its PodDisruptionBudget, and the extensions'
 * objects for it (its autoscaler).
 *
 * <p>fabric8 objects are mutable beans: {@link #objects()} builds fresh copies each call, so a
 * caller editing them cannot change this rendering. The writing methods make each Namespace,
 * ServiceAccount, ConfigMap, Deployment and PodDisruptionBudget from the resolved fleet as they reach
 * it, so a fleet of any size is never held as all of its objects (the render extensions' objects,
 * made while resolving, are). The renderer has made each once already, so making them does not
 * fail; should it all the same (a bug), the method throws an {@link IllegalStateException} naming
 * the object's place.
 */
public final class RenderedObjects {
  /**
   * How to make each object: made anew when written, so a large fleet's objects are not all held
   * at once. What they make is never handed out (only copies are), so the text written from them
   * is always the same.
   */
  private final List<Supplier<HasMetadata>> makers;

  /** The objects as they are written: each made when reached, then dropped. */
  private final Iterable<HasMetadata> asWritten;

  RenderedObjects(List<Supplier<HasMetadata>> makers) {
    this.makers = List.copyOf(makers);
    this.asWritten = () -> IntStream.range(0, this.makers.size()).mapToObj(this::make).iterator();
  }

  private HasMetadata make(int index) {
    try {
      return makers.get(index).get();
    } catch (RuntimeException | StackOverflowError e) {
      // The cause's message is left out (it may quote a value, and values may be secret); where it
      // was thrown is kept, for --debug.
      Throwable where = new Throwable(e.getClass().getName());
      where.setStackTrace(e.getStackTrace());
      throw new IllegalStateException("object " + (index + 1) + " of the rendering could not be made ("
          + e.getClass().getName() + "); this is a bug in bpctl", where);
    }
  }

  /**
   * Fresh copies of the objects, in order.
   *
   * @return new fabric8 objects, which the caller may edit
   */
  public List<HasMetadata> objects() {
    return IntStream.range(0, makers.size()).mapToObj(i -> KubernetesText.copy(make(i))).toList();
  }

  /**
   * A multi-document YAML stream, as {@code bpctl render} prints it.
   *
   * @return the YAML text
   */
  public String toYaml() {
    return KubernetesText.yaml(asWritten);
  }

  /**
   * A JSON {@code v1 List}, as {@code bpctl render --format json} prints it.
   *
   * @return the JSON text
   */

  public String toJson() {
    return KubernetesText.json(asWritten);
  }

  /**
   * Writes the bytes of {@link #toYaml()} (UTF-8) to {@code out}, object by object, without
   * building the whole text; {@code out} is flushed, not closed.
   *
   * @param out where the UTF-8 bytes go; left open
   * @throws IOException when it cannot be done
   */
  public void writeYaml(OutputStream out) throws IOException {
    writeYaml(utf8(out));
  }

  /**
   * Writes the text of {@link #toYaml()} to {@code out}, object by object; flushed, not closed.
   *
   * @param out where the text goes; left open
   * @throws IOException when it cannot be done
   */
  public void writeYaml(Writer out) throws IOException {
    KubernetesText.writeYaml(asWritten, out);
  }

  /**
   * Writes the bytes of {@link #toJson()} (UTF-8) to {@code out}, item by item; flushed, not closed.
   *
   * @param out where the UTF-8 bytes go; left open
   * @throws IOException when it cannot be done
   */
  public void writeJson(OutputStream out) throws IOException {
    writeJson(utf8(out));
  }

  /**
   * Writes the text of {@link #toJson()} to {@code out}, item by item; flushed, not closed.
   *
   * @param out where the text goes; left open
   * @throws IOException when it cannot be done
   */
  public void writeJson(Writer out) throws IOException {
    KubernetesText.writeJson(asWritten, out);
  }

  private static Writer utf8(OutputStream out) {
    return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
  }
}
