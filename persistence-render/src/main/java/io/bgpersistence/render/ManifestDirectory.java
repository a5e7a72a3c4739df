package io.bgpersistence.render;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A rendering as a directory for a GitOps repository (Argo CD, Flux): one YAML file per object,
 * named {@code <kind>-<name>.yaml} in lower case ({@code deployment-online-writer.yaml}), each the
 * same bytes as that object's document in {@code bpctl render}; a {@code kustomization.yaml} listing
 * them in rendering order; and {@value #MARKER}, the list of the files bpctl wrote there.
 *
 * <p>The marker is how bpctl knows what is its own: on the next write it removes the files the
 * marker lists that the rendering no longer has, and never touches a file it does not list. A file
 * bpctl would write that exists but is not in the marker (someone else's) is refused, not
 * overwritten. Each file is written to a temporary file in the directory and moved into place, so
 * a reader never sees half a file; files whose bytes are unchanged are not rewritten.
 */
public final class ManifestDirectory {
  /** The list of the files bpctl wrote in the directory, one name a line. */
  public static final String MARKER = ".bpctl-rendered";
  /** The kustomization listing the objects' files in rendering order. */
  public static final String KUSTOMIZATION = "kustomization.yaml";

  private static final String MARKER_HEADER = "# Written by bpctl render --output-dir: the files below are bpctl's.\n"
      + "# It rewrites them on the next run and removes those the document no longer has.\n";

  /** What happened to one file. */
  public enum Action {
    /** Written: new, or its bytes changed. */
    WROTE,
    /** It already held these bytes: not rewritten. */
    UNCHANGED,
    /** bpctl wrote it before and the document no longer has its object. */
    REMOVED
  }

  /**
   * One file and what happened to it.
   *
   * @param file its name in the directory
   * @param action what happened
   */
  public record Change(String file, Action action) {}

  private ManifestDirectory() {}

  /**
   * @param object a rendered object
   * @return its file name: {@code deployment-online-writer.yaml}
   */
  public static String fileName(HasMetadata object) {
    return object.getKind().toLowerCase(Locale.ROOT) + "-" + object.getMetadata().getName() + ".yaml";
  }

  /**
   * Writes the rendering into {@code dir} (created when missing); returns, in order, each object's
   * file, the kustomization and the files removed.
   *
   * @param rendered a rendering
   * @param dir the directory
   * @return what happened to each file
   * @throws IOException when the directory cannot be written, or holds a file of one of these names
   *     that bpctl did not write
   */
  public static List<Change> write(RenderedObjects rendered, Path dir) throws IOException {
    Objects.requireNonNull(rendered, "rendered");
    Files.createDirectories(dir);
    if (!Files.isWritable(dir)) {
      throw new AccessDeniedException(dir.toString());  // said of the directory, before any file
    }
    Set<String> previous = previouslyWritten(dir);
    Map<String, String> files = new LinkedHashMap<>();
    for (HasMetadata o : rendered.objects()) {
      String name = fileName(o);
      if (files.put(name, KubernetesText.yaml(List.of(o))) != null) {
        throw new IOException("two objects would be written to " + name);
      }
    }
    files.put(KUSTOMIZATION, kustomization(List.copyOf(files.keySet())));
    for (String name : files.keySet()) {
      if (Files.exists(dir.resolve(name)) && !previous.contains(name)) {
        throw new IOException("cannot write " + dir.resolve(name) + ": the file exists and bpctl did not write it "
            + "(it is not listed in " + MARKER + "); move it away or choose another directory");
      }
    }
    // Until every file is written, the marker lists the old files and the new: a run that fails
    // half-way leaves nothing in the directory that the next run would take for someone else's.
    Set<String> meanwhile = new LinkedHashSet<>(previous);
    meanwhile.addAll(files.keySet());
    writeAtomically(dir, MARKER, marker(meanwhile));
    List<Change> changes = new ArrayList<>();
    for (Map.Entry<String, String> f : files.entrySet()) {
      changes.add(new Change(f.getKey(), writeAtomically(dir, f.getKey(), f.getValue())
          ? Action.WROTE : Action.UNCHANGED));
    }
    writeAtomically(dir, MARKER, marker(files.keySet()));
    for (String old : previous) {
      if (!files.containsKey(old) && Files.deleteIfExists(dir.resolve(old))) {
        changes.add(new Change(old, Action.REMOVED));
      }
    }
    return changes;
  }

  /** The names the directory's marker lists; empty when it has none. Only plain names count: never a path. */
  private static Set<String> previouslyWritten(Path dir) throws IOException {
    Path marker = dir.resolve(MARKER);
    if (!Files.isRegularFile(marker)) {
      return Set.of();
    }
    Set<String> out = new LinkedHashSet<>();
    for (String line : Files.readAllLines(marker, StandardCharsets.UTF_8)) {
      String name = line.strip();
      if (!name.isEmpty() && !name.startsWith("#") && name.endsWith(".yaml") && !name.contains("/")
          && !name.contains("\\") && !name.startsWith(".")) {
        out.add(name);
      }
    }
    return out;
  }

  private static String marker(Set<String> names) {
    return MARKER_HEADER + String.join("\n", names) + "\n";
  }

  private static String kustomization(List<String> resources) {
    StringBuilder out = new StringBuilder("# Written by bpctl render --output-dir; regenerate it rather than edit it.\n")
        .append("apiVersion: kustomize.config.k8s.io/v1beta1\n")
        .append("kind: Kustomization\n")
        .append("resources:\n");
    resources.forEach(r -> out.append("- ").append(r).append('\n'));
    return out.toString();
  }

  /**
   * Writes through a temporary file and a move; false when the file already held these bytes. A
   * new file gets the permissions the user's umask gives; a replaced one keeps its own.
   *
   * @throws FileSystemException naming the file that could not be written, the system's error as
   *     its cause (the temporary file's name is nothing the user knows)
   */
  private static boolean writeAtomically(Path dir, String name, String text) throws IOException {
    Path target = dir.resolve(name);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), bytes)) {
      return false;
    }
    Path tmp = null;
    try {
      tmp = newTemporaryFile(dir);
      Files.write(tmp, bytes);
      if (Files.isRegularFile(target) && Files.getFileStore(target).supportsFileAttributeView(PosixFileAttributeView.class)) {
        Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
      }
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      FileSystemException named = new FileSystemException(target.toString());
      named.initCause(e);
      throw named;
    } finally {
      if (tmp != null) {
        Files.deleteIfExists(tmp);
      }
    }
    return true;
  }

  /**
   * A new empty file in {@code dir}, made as any program makes a file (Files.createTempFile would
   * make it readable by its owner only, whatever the umask, and so would every manifest be).
   */
  private static Path newTemporaryFile(Path dir) throws IOException {
    while (true) {
      Path tmp = dir.resolve(".bpctl-" + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
      try {
        Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
        return tmp;
      } catch (FileAlreadyExistsException taken) {
        // another name
      }
    }
  }
}
