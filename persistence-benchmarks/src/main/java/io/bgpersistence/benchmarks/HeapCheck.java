package io.bgpersistence.benchmarks;

import io.bgpersistence.model.DocumentReader;
import io.bgpersistence.render.RenderOptions;
import io.bgpersistence.render.RenderResult;
import io.bgpersistence.render.Renderer;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The heap row of the performance table: renders a fleet of 10,000 writers in a child JVM with a
 * fixed {@code -Xmx96m}, once streaming the YAML ({@code writeYaml}, what {@code bpctl render}
 * does) and once building the whole text ({@code toYaml}), and says whether each fits:
 * {@code java -cp persistence-benchmarks/target/benchmarks.jar io.bgpersistence.benchmarks.HeapCheck [writers] [heap]}.
 */
public final class HeapCheck {
  private HeapCheck() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("child")) {
      child(Integer.parseInt(args[1]), args[2].equals("stream"));
      return;
    }
    String writers = args.length > 0 ? args[0] : "10000";
    String heap = args.length > 1 ? args[1] : "96m";
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    for (String mode : List.of("stream", "text")) {
      List<String> cmd = new ArrayList<>(List.of(java, "-Xmx" + heap, "-cp",
          System.getProperty("java.class.path"), HeapCheck.class.getName(), "child", writers, mode));
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      int code = p.waitFor();
      String last = out.isEmpty() ? "" : out.substring(out.lastIndexOf('\n') + 1);
      System.out.printf("%-6s %s writers in -Xmx%s: %s (%s)%n", mode, writers, heap,
          code == 0 ? "fits" : "FAILS", code == 0 ? last : "exit " + code + ": " + last);
    }
  }

  private static void child(int writers, boolean stream) throws Exception {
    byte[] bytes = Fleets.ofWriters(writers);
    RenderResult r = Renderer.standard().render(DocumentReader.read(bytes), RenderOptions.defaults());
    if (!r.ok()) {
      throw new IllegalStateException("the fleet does not render");
    }
    CountingSink sink = new CountingSink();
    if (stream) {
      r.objects().writeYaml(sink);
    } else {
      sink.write(r.objects().toYaml().getBytes(StandardCharsets.UTF_8));
    }
    System.out.printf("%d bytes of YAML from %d bytes of input, max heap %d MiB%n",
        sink.bytes, bytes.length, Runtime.getRuntime().maxMemory() >> 20);
  }

  /** Standard output would measure the terminal; this counts and drops the bytes. */
  private static final class CountingSink extends OutputStream {
    long bytes;

    @Override
    public void write(int b) {
      bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      bytes += len;
    }
  }
}
