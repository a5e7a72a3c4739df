package io.bgpersistence.cli;

import io.bgpersistence.model.ReadResult;
import io.bgpersistence.render.RenderOptions;
import io.bgpersistence.render.RenderResult;
import io.bgpersistence.render.RenderedObjects;
import io.bgpersistence.render.Renderer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads and renders one document file for a command. Problems go to stderr only, so that stdout
 * stays a clean stream of objects; empty when the file has errors.
 */
final class RenderedFile {
  private RenderedFile() {}

  static Optional<RenderedObjects> render(Path file, RenderOptions options, PrintWriter err, boolean nameFile) {
    ReadResult read = Inputs.read(file);
    RenderResult result = Renderer.standard().render(read, options);
    if (!result.report().errors().isEmpty() || !result.report().warnings().isEmpty()) {
      header(file, err, nameFile);
    }
    ProblemPrinter.text(result.report().errors(), result.report().warnings(), err);
    return result.rendered();
  }

  /** With two files (diff), says which one the problems are in. */
  private static void header(Path file, PrintWriter err, boolean nameFile) {
    if (nameFile) {
      err.println(file + ":");
    }
  }
}
