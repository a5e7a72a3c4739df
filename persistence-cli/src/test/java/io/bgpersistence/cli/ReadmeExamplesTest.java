package io.bgpersistence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Java examples compile against the real API and run, and where an example shows what
 * it prints (its closing {@code // } comment lines), it prints exactly that: the README stays true.
 */
class ReadmeExamplesTest {
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL);

  @TempDir Path tmp;

  @Test
  void everyJavaExampleInTheReadmeCompilesAndRuns() throws Exception {
    List<String> blocks = javaBlocks(Files.readString(Path.of("..", "README.md")));
    assertFalse(blocks.isEmpty(), "the README shows how to use the SDK");
    int shown = 0;
    for (int i = 0; i < blocks.size(); i++) {
      String name = "ReadmeExample" + i;
      // The snippets use java.util (List.of, Map.of) as any Java reader would, without the import.
      String source = "import java.util.*;\nimport io.bgpersistence.model.*;\n"
          + imports("io.bgpersistence.validation") + imports("io.bgpersistence.render")
          + "public class " + name + " {\n  public static void main(String[] args) throws Exception {\n"
          + fromModuleDirectory(blocks.get(i)) + "\n  }\n}\n";
      Path file = Files.writeString(tmp.resolve(name + ".java"), source);
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      ByteArrayOutputStream errors = new ByteArrayOutputStream();
      int status = javac.run(null, null, errors, "-classpath", System.getProperty("java.class.path"),
          "-d", tmp.toString(), file.toString());
      int index = i;
      assertEquals(0, status, () -> "README example " + index + " does not compile:\n" + errors);
      try (URLClassLoader loader = new URLClassLoader(new URL[] {tmp.toUri().toURL()}, getClass().getClassLoader())) {
        PrintStream original = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
          loader.loadClass(name).getMethod("main", String[].class).invoke(null, (Object) new String[0]);
        } finally {
          System.setOut(original);
        }
        List<String> expected = shownOutput(blocks.get(i));
        if (!expected.isEmpty()) {
          shown++;
          assertPrints(expected, printed.toString(StandardCharsets.UTF_8), "README example " + i);
        }
      }
    }
    assertTrue(shown > 0, "at least one example shows its output (the validation example does)");
  }

  /**
   * What an example says it prints: its closing comment lines, after the last line of code. A line
   * ending in {@code …} stands for every line that starts with the text before it.
   */
  static List<String> shownOutput(String block) {
    List<String> lines = block.strip().lines().toList();
    int first = lines.size();
    while (first > 0 && lines.get(first - 1).startsWith("// ")) {
      first--;
    }
    return lines.subList(first, lines.size()).stream().map(l -> l.substring(3)).toList();
  }

  private static void assertPrints(List<String> expected, String printed, String what) {
    List<String> actual = printed.lines().toList();
    assertEquals(expected.size(), actual.size(), what + " prints other lines than the README shows:\n" + printed);
    for (int i = 0; i < expected.size(); i++) {
      String e = expected.get(i);
      String a = actual.get(i);
      boolean same = e.endsWith("…") ? a.startsWith(e.substring(0, e.length() - 1).stripTrailing()) : a.equals(e);
      assertTrue(same, what + ", line " + (i + 1) + ": the README shows\n  " + e + "\nbut it prints\n  " + a);
    }
  }

  /** The README's paths are from the repository root; this test runs in a module directory. */
  private static String fromModuleDirectory(String snippet) {
    return snippet.replace("Path.of(\"examples/", "Path.of(\"../examples/");
  }

  private static List<String> javaBlocks(String readme) {
    List<String> out = new ArrayList<>();
    Matcher m = JAVA_BLOCK.matcher(readme);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  /** Imports a package only when it is on the test classpath, so the test grows with the modules. */
  private static String imports(String pkg) {
    try {
      return ReadmeExamplesTest.class.getClassLoader().getResources(pkg.replace('.', '/')).hasMoreElements()
          ? "import " + pkg + ".*;\n" : "";
    } catch (IOException e) {
      return "";
    }
  }

  @Test
  void theReadmeNamesTheCommandsCiRuns() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    String ci = Files.readString(Path.of("..", ".ci", "run"));
    Matcher testCommand = Pattern.compile("\n(mvn [^\n#]*?)\\s+# all tests").matcher(readme);
    assertTrue(testCommand.find(), "the README names its test command");
    assertTrue(ci.contains("\n" + testCommand.group(1).strip() + "\n"), ".ci/run runs the README's test command");
    assertTrue(readme.contains("./bpctl render examples/kafka-example.json"));
    assertTrue(ci.contains("./bpctl render examples/kafka-example.json"));
  }
}
