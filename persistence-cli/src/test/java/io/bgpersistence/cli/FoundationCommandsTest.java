package io.bgpersistence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bgpersistence.model.WriterTypeRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import org.junit.jupiter.api.io.TempDir;

class FoundationCommandsTest {
  static final Path SEED = Path.of("..", "examples", "seed-example.json");

  @TempDir Path tmp;

  @Test
  void validateNamesLineAndColumnOfASyntaxErrorAndExits1() throws IOException {
    Path bad = Files.writeString(tmp.resolve("bad.json"), "{\n  \"writers\": [\n    {\"name\": \"a\",,}\n  ]\n}\n");
    CliRun run = CliRun.of("validate", bad.toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.out().contains("Malformed"), run.out());
    assertTrue(run.out().contains("(line 3, column "), run.out());
    assertFalse(run.err().contains("Exception"), run.err());
  }

  @Test
  void validateJsonHasTheContractShape() throws IOException {
    Path bad = Files.writeString(tmp.resolve("bad.json"), "{\"writers\": {}}");
    CliRun run = CliRun.of("validate", bad.toString(), "--format", "json");
    assertEquals(1, run.exitCode());
    var report = io.bgpersistence.model.PersistenceJson.mapper().readTree(run.out());
    assertFalse(report.get("valid").asBoolean());
    // The wrong type comes with the document's other problems (here: common specs missing).
    var malformed = java.util.stream.StreamSupport.stream(report.get("errors").spliterator(), false)
        .filter(e -> e.get("path").asText().equals("writers")).findFirst().orElseThrow();
    assertEquals("Malformed", malformed.get("type").asText());
    assertEquals(1, malformed.get("line").asInt());
    assertTrue(report.get("errors").size() > 1, report::toString);
    assertTrue(report.get("warnings").isArray());
  }

  @Test
  void aMissingFileIsAUsageErrorWithOneLine() {
    CliRun run = CliRun.of("validate", tmp.resolve("nope.json").toString());
    assertEquals(2, run.exitCode());
    assertEquals(1, run.err().strip().lines().count(), run.err());
    assertTrue(run.err().contains("no such file"));
  }

  @Test
  void aBadCommandLineIsAUsageError() {
    CliRun run = CliRun.of("valdate", "x.json");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("Did you mean: bpctl validate"), run.err());
    assertEquals(2, CliRun.of("validate").exitCode());
  }

  @Test
  void fmtIsIdempotentAndKeepsUnknownFields() throws IOException {
    CliRun seed = CliRun.of("fmt", SEED.toString());
    assertEquals(0, seed.exitCode());
    assertEquals(Files.readString(SEED), seed.out(), "the seed is already canonical");

    Path messy = Files.writeString(tmp.resolve("messy.json"),
        "{\"writers\":[{\"version\":\"1\",\"name\":\"w\",\"team\":\"ml\"}],\"owner\":{\"x\":1},"
            + "\"common_specs\":{\"namespace\":\"bp\"}}");
    CliRun once = CliRun.of("fmt", messy.toString());
    assertEquals(0, once.exitCode());
    assertTrue(once.out().contains("\"team\": \"ml\"") && once.out().contains("\"owner\": {"), once.out());
    assertTrue(once.out().startsWith("{\n  \"common_persistence_specs\": {"), once.out());
    Path formatted = Files.writeString(tmp.resolve("formatted.json"), once.out());
    assertEquals(once.out(), CliRun.of("fmt", formatted.toString()).out());
  }

  @Test
  void fmtWriteRewritesTheFileInPlace() throws IOException {
    Path file = Files.writeString(tmp.resolve("doc.json"), "{\"writers\":[]}");
    assertEquals(0, CliRun.of("fmt", "--write", file.toString()).exitCode());
    assertEquals("{\n  \"writers\": []\n}\n", Files.readString(file));
  }

  @Test
  void fmtRefusesMalformedInputWithoutTouchingStdout() throws IOException {
    Path bad = Files.writeString(tmp.resolve("bad.json"), "{\"writers\": 3}");
    CliRun run = CliRun.of("fmt", bad.toString());
    assertEquals(1, run.exitCode());
    assertEquals("", run.out());
    assertTrue(run.err().contains("writers: Malformed"), run.err());
  }

  @Test
  void typesListsEveryRegistryRow() {
    CliRun run = CliRun.of("types");
    assertEquals(0, run.exitCode());
    for (String name : WriterTypeRegistry.builtIn().names()) {
      assertTrue(run.out().contains(name), name);
    }
    assertTrue(run.out().lines().anyMatch(l -> l.startsWith("OFFLINE_WRITER") && l.contains("bigquery_streaming_write_topic")));
  }

  @Test
  void schemaPrintsA2020_12SchemaOfTheDocument() throws IOException {
    CliRun run = CliRun.of("schema");
    assertEquals(0, run.exitCode());
    var schema = io.bgpersistence.model.PersistenceJson.mapper().readTree(run.out());
    assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
    assertTrue(schema.get("$defs").get("WriterSpec").get("properties").has("bus_subscriber_type"));
  }

  @Test
  void everyCommandHasHelp() {
    for (String command : new String[] {"validate", "fmt", "types", "preflight", "render", "diff", "apply", "init", "schema"}) {
      CliRun run = CliRun.of(command, "--help");
      assertEquals(0, run.exitCode(), command);
      assertTrue(run.out().contains("Usage: bpctl " + command), run.out());
    }
  }

  /**
   * A run builds only what it prints (one subcommand's model, or the others by name only for the
   * usage help): every such run prints and exits exactly as with every subcommand built in full.
   */
  @Test
  void aLeanCommandLinePrintsWhatTheFullOnePrints() {
    String[][] runs = {{}, {"--help"}, {"-h"}, {"-V"}, {"rendr", "x.json"}, {"--nope"}, {"help"},
        {"help", "render"}, {"types"}, {"render", "--help"}, {"validate", "missing.json"}};
    for (String[] args : runs) {
      CliRun lean = CliRun.of(args);
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      CommandLine full = Bpctl.commandLine();
      full.setOut(new PrintWriter(out, true));
      full.setErr(new PrintWriter(err, true));
      int code = full.execute(args);
      String what = String.join(" ", args);
      assertEquals(code, lean.exitCode(), what);
      assertEquals(out.toString(), lean.out(), what);
      assertEquals(err.toString(), lean.err(), what);
    }
  }

  @Test
  void commandLinesWithNothingToParseRunWithoutPicocliAndPrintTheSame() {
    for (String[] args : new String[][] {{"--help"}, {"-h"}, {"types"}}) {
      StringWriter direct = new StringWriter();
      OptionalInt code = Bpctl.runDirectly(new PrintWriter(direct, true), new PrintWriter(new StringWriter()), args);
      String what = String.join(" ", args);
      assertTrue(code.isPresent(), what + " ran through picocli");
      StringWriter out = new StringWriter();
      CommandLine full = Bpctl.commandLine();
      full.setOut(new PrintWriter(out, true));
      full.setErr(new PrintWriter(new StringWriter(), true));
      assertEquals(full.execute(args), code.getAsInt(), what);
      assertEquals(out.toString(), direct.toString(), what);
    }
    // On a terminal picocli prints in colour: so does the stored text for it.
    String colour = StoredUsage.stored(StoredUsage.Variant.COLOUR).orElseThrow();
    assertEquals(StoredUsage.fromPicocli(StoredUsage.Variant.COLOUR), colour);
    assertTrue(colour.contains("\u001B[") && !colour.equals(StoredUsage.stored(StoredUsage.Variant.PLAIN).orElseThrow()));
    // Where picocli is told to print otherwise, it prints.
    System.setProperty("picocli.usage.width", "120");
    try {
      assertTrue(Bpctl.runDirectly(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "--help").isEmpty());
    } finally {
      System.clearProperty("picocli.usage.width");
    }
    // On a terminal Java 17 names standard output's encoding: the direct runs write with it, as
    // picocli does, rather than leave the terminal to picocli.
    String named = System.getProperty("sun.stdout.encoding");
    try {
      System.setProperty("sun.stdout.encoding", "UTF-16");
      assertEquals(java.util.Optional.of(java.nio.charset.StandardCharsets.UTF_16), Bpctl.stdoutCharset());
      System.setProperty("sun.stdout.encoding", "no-such-encoding");
      assertTrue(Bpctl.stdoutCharset().isEmpty());
    } finally {
      if (named == null) {
        System.clearProperty("sun.stdout.encoding");
      } else {
        System.setProperty("sun.stdout.encoding", named);
      }
    }
    // Anything with more to it is picocli's.
    for (String[] args : new String[][] {{}, {"types", "--help"}, {"--help", "types"}, {"help"}, {"--version"},
        {"validate", "-"}, {"validate", "--strict"}, {"validate", "@args.txt"}, {"render", "x.json"}}) {
      assertTrue(Bpctl.runDirectly(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), args).isEmpty(), String.join(" ", args));
    }
  }

  /**
   * {@code validate FILE} and {@code render FILE} run without picocli too, with the options'
   * defaults: each prints what picocli's run prints, on both streams, and exits the same, for a
   * valid, an invalid and a warned-about document. What it cannot read, or a file too large to
   * hold the output of, it leaves to picocli, which says why in its words (and exits 2) or streams.
   */
  @Test
  void aCommandWithJustAFileRunsWithoutPicocliAndPrintsTheSame(@TempDir Path dir) throws IOException {
    Path invalid = Files.writeString(dir.resolve("invalid.json"), "{\"writers\": [{\"name\": \"Bad_Name\"}]}");
    Path warned = Files.writeString(dir.resolve("warned.json"),
        Files.readString(Path.of("..", "examples", "kafka-example.json")).replaceFirst("\\{", "{\"surprise\": 1,"));
    for (String command : new String[] {"validate", "render"}) {
      for (Path file : new Path[] {Path.of("..", "examples", "kafka-example.json"), invalid, warned}) {
        String what = command + " " + file;
        StringWriter direct = new StringWriter();
        StringWriter directErr = new StringWriter();
        OptionalInt code = Bpctl.runDirectly(new PrintWriter(direct, true), new PrintWriter(directErr, true),
            command, file.toString());
        assertTrue(code.isPresent(), what + " ran through picocli");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine full = Bpctl.commandLine();
        full.setOut(new PrintWriter(out, true));
        full.setErr(new PrintWriter(err, true));
        assertEquals(full.execute(command, file.toString()), code.getAsInt(), what);
        assertEquals(out.toString(), direct.toString(), what);
        assertEquals(err.toString(), directErr.toString(), what);
      }
      for (Path unreadable : new Path[] {dir.resolve("missing.json"), dir}) {
        assertTrue(Bpctl.runDirectly(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
            command, unreadable.toString()).isEmpty());
        assertEquals(2, CliRun.of(command, unreadable.toString()).exitCode());
      }
    }
    // A large fleet's objects stream: its output is not held whole.
    Path large = Files.writeString(dir.resolve("large.json"), "{" + " ".repeat((int) Bpctl.HELD_INPUT_BYTES) + "}");
    assertTrue(Bpctl.runDirectly(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
        "render", large.toString()).isEmpty());
  }

  /**
   * A command run without picocli prints all it wrote, standard error first, or nothing when it
   * fails part-way: picocli then runs the line and reports it.
   */
  @Test
  void aHeldRunPrintsWholeOrNothing() {
    StringWriter both = new StringWriter();
    PrintWriter out = new PrintWriter(both, true);
    OptionalInt failed = Bpctl.held((o, e) -> {
      o.print("objects");
      e.print("problems");
      throw new IllegalStateException("part-way");
    }, out, out);
    assertTrue(failed.isEmpty());
    assertEquals("", both.toString());
    OptionalInt done = Bpctl.held((o, e) -> {
      o.println("objects");
      e.println("problems");
      return OptionalInt.of(1);
    }, out, out);
    assertEquals(OptionalInt.of(1), done);
    String n = System.lineSeparator();
    assertEquals("problems" + n + "objects" + n, both.toString());
  }
}
