package io.bgpersistence.cli;

import io.bgpersistence.model.PersistenceJson;
import io.bgpersistence.model.ReadResult;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "fmt", mixinStandardHelpOptions = true,
    description = {"Print the document in canonical form.",
        "",
        "Fixed key order, two-space indent, unknown fields kept after the known ones. fmt of its"
            + " own output is the same bytes."})
final class FmtCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DebugOption debug;

  @Parameters(paramLabel = "FILE", description = "The document (JSON); - reads standard input.")
  Path file;

  @Option(names = {"-w", "--write"}, description = "Rewrite FILE instead of printing. The new text goes to a"
      + " temporary file next to it, which replaces FILE only once it is complete: FILE is never left half-written.")
  boolean write;

  @Override
  public Integer call() {
    if (write && Inputs.isStandardStream(file)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--write needs a file, not standard input");
    }
    ReadResult read = Inputs.read(file);
    if (read.document().isEmpty()) {
      ProblemPrinter.text(read.errors(), read.warnings(), spec.commandLine().getErr());
      return Bpctl.INVALID;
    }
    String canonical = PersistenceJson.canonical(read.document().get());
    if (write) {
      replace(file, canonical.getBytes(StandardCharsets.UTF_8));
    } else {
      spec.commandLine().getOut().print(canonical);
      spec.commandLine().getOut().flush();
    }
    return Bpctl.OK;
  }

  /**
   * Writes a temporary file in the same directory, syncs it, gives it the original's permissions,
   * then renames it over the original in one step. Any failure leaves the original as it was and
   * removes the temporary file.
   */
  static void replace(Path file, byte[] content) {
    Path temp = null;
    Path dir = null;
    try {
      // Through a symbolic link to the file itself: the link stays a link.
      Path target = file.toRealPath();
      dir = target.getParent();
      temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".bpctl-tmp");
      try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        ByteBuffer buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
          out.write(buffer);
        }
        out.force(true);
      }
      keepPermissions(target, temp);
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        throw new UnreadableInput("cannot rewrite " + file + ": its file system cannot replace a file in one step;"
            + " the file is unchanged", e);
      }
      temp = null;
      syncDirectory(dir);
    } catch (IOException e) {
      throw new UnreadableInput("cannot rewrite " + file + ": " + Inputs.reason(e) + "; the file is unchanged", e);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException e) {
          // Best effort: the original is intact either way.
        }
      }
    }
  }

  private static void keepPermissions(Path original, Path temp) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(original, PosixFileAttributeView.class);
    if (view != null) {
      Set<PosixFilePermission> permissions = view.readAttributes().permissions();
      Files.setPosixFilePermissions(temp, permissions);
    }
  }

  /** The rename itself survives a crash once the directory is synced (where the platform allows). */
  private static void syncDirectory(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | RuntimeException e) {
      // Not every platform can open a directory; the file itself is complete and in place.
    }
  }
}
