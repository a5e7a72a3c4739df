package io.bgpersistence.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bgpersistence.model.PersistenceJson;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The findings of the hostile-input review, one test each, as a user of bpctl meets them. */
class HostileInputCommandsTest {
  private static final Path KAFKA = Path.of("..", "examples", "kafka-example.json");
  private static final String PROBE = "S3cr3t-PROBE-99";

  @TempDir Path dir;

  @AfterEach
  void restoreStdin() {
    Inputs.stdin = () -> System.in;
  }

  private static ObjectNode example() throws Exception {
    return (ObjectNode) PersistenceJson.mapper().readTree(KAFKA.toFile());
  }

  private Path write(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private Path write(String name, JsonNode tree) throws Exception {
    return write(name, PersistenceJson.prettyWriter().writeValueAsString(tree));
  }

  private static void assertNoTrace(CliRun run) {
    String all = run.out() + run.err();
    assertFalse(all.contains("\tat ") || all.contains("Exception") || all.contains("Error:"), all);
  }

  // 1 -------------------------------------------------------------------------------------------

  @Test
  void aBrokenDocumentNeverPrintsTheSecretItHolds() throws Exception {
    Path broken = write("broken.json", "{\"kafka_sasl_secret\": \"" + PROBE + "\", \"writers\": [");
    Path mismatched = write("mismatched.json", "{\"db_password\": \"" + PROBE + "\", \"x\": {\"api_token\": \""
        + PROBE + "\", \"a\": [1}}");
    for (Path file : List.of(broken, mismatched)) {
      for (String[] args : List.of(new String[] {"validate", file.toString()},
          new String[] {"validate", file.toString(), "--format", "json"}, new String[] {"render", file.toString()},
          new String[] {"fmt", file.toString()}, new String[] {"diff", file.toString(), KAFKA.toString()},
          new String[] {"preflight", file.toString(), "--debug"})) {
        CliRun run = CliRun.of(args);
        assertEquals(1, run.exitCode(), String.join(" ", args) + run.err());
        assertFalse((run.out() + run.err()).contains(PROBE), run.out() + run.err());
        assertFalse((run.out() + run.err()).contains("Source"), run.out() + run.err());
      }
    }
  }

  // 2 -------------------------------------------------------------------------------------------

  @Test
  void fmtWriteKeepsPermissionsAndLinks() throws Exception {
    Path file = write("doc.json", example().toString());
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
    Path link = dir.resolve("link.json");
    Files.createSymbolicLink(link, file.getFileName());
    CliRun run = CliRun.of("fmt", "--write", link.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(Files.isSymbolicLink(link), "the link is still a link");
    assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    assertEquals(Files.readString(KAFKA), Files.readString(file));
    try (var left = Files.list(dir)) {
      assertEquals(2, left.count(), "no temporary file left behind");
    }
  }

  @Test
  void fmtWriteOnAFullDiskLeavesTheFileAsItWas() throws Exception {
    // A document of 8 KiB in non-canonical form, and a process that may write only 4 KiB.
    ObjectNode doc = example();
    doc.put("notes", "n".repeat(8192));
    String original = doc.toString() + "\n";
    Path file = write("doc.json", original);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String command = "ulimit -f 4; exec '" + java + "' -cp '" + System.getProperty("java.class.path")
        + "' io.bgpersistence.cli.Bpctl fmt --write '" + file + "'";
    Process p = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    assertTrue(p.exitValue() != 0, output);
    assertEquals(original, Files.readString(file), "the original bytes are untouched");
    if (p.exitValue() == 2) {
      assertTrue(output.startsWith("bpctl: cannot rewrite") && output.contains("unchanged"), output);
    }
  }

  // 3 -------------------------------------------------------------------------------------------

  @Test
  void aLongNameOrImageIsAProblemNotACrash() throws Exception {
    ObjectNode doc = example();
    ((ObjectNode) doc.get("common_persistence_specs")).put("bus_writer_image_go", "a-".repeat(1000) + "a");
    ((ObjectNode) doc.get("common_persistence_specs")).put("service_account_name", "a.".repeat(1400) + "a");
    ((ObjectNode) doc.get("writers").get(0)).put("name", "a.".repeat(1400) + "a");
    Path file = write("long.json", doc);
    for (String command : List.of("validate", "render", "fmt")) {
      CliRun run = CliRun.of(command, file.toString());
      assertNoTrace(run);
      if (!command.equals("fmt")) {
        assertEquals(1, run.exitCode(), command);
        String problems = command.equals("validate") ? run.out() : run.err();
        assertTrue(problems.contains("common_persistence_specs.bus_writer_image_go: Invalid"), problems);
        assertTrue(problems.contains("writers[0].name: TooLong"), problems);
      }
    }
  }

  @Test
  void anErrorInACommandIsOneLineAndTheTraceOnlyWithDebug() {
    @CommandLine.Command(name = "overflow")
    class Overflow implements Callable<Integer> {
      @CommandLine.Mixin DebugOption debug;

      @Override
      public Integer call() {
        throw new StackOverflowError();
      }
    }
    for (boolean debug : new boolean[] {false, true}) {
      StringWriter err = new StringWriter();
      CommandLine cmd = new CommandLine(new Overflow()).setExecutionStrategy(new OneLineError())
          .setErr(new PrintWriter(err, true));
      int code = debug ? cmd.execute("--debug") : cmd.execute();
      assertEquals(1, code);
      assertTrue(err.toString().startsWith("bpctl: internal error: the stack overflowed"), err.toString());
      assertEquals(debug, err.toString().contains("\tat "), err.toString());
    }
  }

  // 4 -------------------------------------------------------------------------------------------

  @Test
  void anEndlessInputIsRefusedAtTheLimit() {
    if (Files.isReadable(Path.of("/dev/zero"))) {
      CliRun zero = CliRun.of("validate", "/dev/zero");
      assertEquals(1, zero.exitCode());
      assertTrue(zero.out().contains("larger than " + PersistenceJson.MAX_DOCUMENT_BYTES + " bytes"), zero.out());
    }
    Inputs.stdin = () -> new InputStream() {
      @Override
      public int read() {
        return ' ';
      }
    };
    CliRun piped = CliRun.of("validate", "-");
    assertEquals(1, piped.exitCode());
    assertTrue(piped.out().contains("larger than"), piped.out());
  }

  @Test
  void aDashReadsStandardInput() throws Exception {
    byte[] doc = Files.readAllBytes(KAFKA);
    Inputs.stdin = () -> new ByteArrayInputStream(doc);
    assertEquals(0, CliRun.of("validate", "-").exitCode());
    Inputs.stdin = () -> new ByteArrayInputStream(doc);
    CliRun fmt = CliRun.of("fmt", "-");
    assertEquals(Files.readString(KAFKA), fmt.out());
    assertEquals(2, CliRun.of("fmt", "--write", "-").exitCode());
  }

  // 5 -------------------------------------------------------------------------------------------

  @Test
  void anEmptyOrBlankQuantityIsInvalidAtItsField() throws Exception {
    ObjectNode doc = example();
    ((ObjectNode) doc.get("writers").get(0)).putObject("limit").put("cpu", "").put("memory", "1Gi");
    ((ObjectNode) doc.get("writers").get(1)).putObject("limit").put("cpu", " ").put("memory", "1Gi");
    ((ObjectNode) doc.get("writers").get(2).get("request")).put("cpu", "\t");
    Path file = write("quantities.json", doc);
    CliRun run = CliRun.of("validate", file.toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.out().contains("writers[0].limit.cpu: Invalid"), run.out());
    assertTrue(run.out().contains("writers[1].limit.cpu: Invalid"), run.out());
    assertTrue(run.out().contains("writers[2].request.cpu: Invalid"), run.out());
    CliRun render = CliRun.of("render", file.toString());
    assertEquals(1, render.exitCode());
    assertEquals("", render.out());
  }

  @Test
  void aBlankSettingIsInvalidAndARequiredBlankOneIsRequiredOnce() throws Exception {
    ObjectNode doc = example();
    doc.put("api_server_host", "   ");
    ((ObjectNode) doc.get("common_persistence_specs")).put("namespace", " ");
    CliRun run = CliRun.of("validate", write("blank.json", doc).toString());
    assertTrue(run.out().contains("api_server_host: Invalid: holds only whitespace"), run.out());
    assertEquals(1, run.out().lines().filter(l -> l.startsWith("common_persistence_specs.namespace:")).count(),
        run.out());
  }

  // 6 -------------------------------------------------------------------------------------------

  @Test
  void aLoneSurrogateIsMalformedAndFmtWriteLeavesTheFile() throws Exception {
    String text = Files.readString(KAFKA).replace("\"api.features.acme.internal\"", "\"x\\udbff\\ue000y\"");
    Path file = write("surrogate.json", text);
    CliRun run = CliRun.of("validate", file.toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.out().startsWith("api_server_host: Malformed: the value is not valid Unicode"), run.out());
    assertEquals(1, CliRun.of("fmt", "--write", file.toString()).exitCode());
    assertEquals(text, Files.readString(file));
  }

  // 7 -------------------------------------------------------------------------------------------

  @Test
  void aThousandBootstrapEntriesAreRefusedBeforeAnyConnection() throws Exception {
    ObjectNode doc = example();
    doc.put("kafka_bootstrap_servers", String.join(", ", java.util.Collections.nCopies(1000, "127.0.0.1:1")));
    Path file = write("many.json", doc);
    CliRun run = CliRun.of("preflight", file.toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("kafka_bootstrap_servers: Invalid: lists 1000 servers: at most 100"), run.err());
    assertEquals("", run.out(), "no check ran");

    doc.put("kafka_bootstrap_servers", "127.0.0.1:1, b-1.example.internal:9096, 127.0.0.1:1");
    CliRun twice = CliRun.of("validate", write("twice.json", doc).toString());
    assertTrue(twice.out().contains("kafka_bootstrap_servers: Duplicate: entry 3 (\"127.0.0.1:1\") repeats entry 1"),
        twice.out());
  }

  // 8 -------------------------------------------------------------------------------------------

  @Test
  void aKeyCannotForgeAProblemLineOrReachTheTerminal() throws Exception {
    ObjectNode doc = example();
    doc.put("x\n(document): Invalid: all is well\u001b[2J", "\u001b]0;title\u0007");
    ((ObjectNode) doc.get("writers").get(0)).put("version", "1\n(document): Invalid: forged");
    CliRun run = CliRun.of("validate", write("forged.json", doc).toString());
    assertEquals(1, run.exitCode());
    assertFalse(run.out().contains("\u001b") || run.out().contains("\u0007"), run.out());
    List<String> lines = run.out().lines().toList();
    assertEquals(2, lines.size(), run.out());
    assertTrue(lines.stream().noneMatch(l -> l.startsWith("(document)")), run.out());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("[\"x\\n(document): Invalid: all is well\\u001b[2J\"]: Unknown")),
        run.out());
  }

  // 9 -------------------------------------------------------------------------------------------

  @Test
  void fileAndOptionErrorsSayWhatIsWrongAndExitTwo() throws Exception {
    CliRun init = CliRun.of("init", "--backend", "kafka", "-o", dir.resolve("missing/dir/x.json").toString());
    assertEquals(2, init.exitCode());
    assertTrue(init.err().contains("does not exist") && init.err().contains("missing"), init.err());

    CliRun secretDir = CliRun.of("preflight", KAFKA.toString(), "--sasl-secret-file", dir.toString());
    assertEquals(2, secretDir.exitCode());
    assertTrue(secretDir.err().contains("is a directory"), secretDir.err());

    Path notADir = write("plain.json", "{}");
    String under = notADir.resolve("child.json").toString();
    CliRun unreadable = CliRun.of("validate", under);
    assertEquals(2, unreadable.exitCode());
    assertFalse(unreadable.err().trim().endsWith(under), "the cause, not the name again: " + unreadable.err());

    CliRun timeout = CliRun.of("preflight", KAFKA.toString(), "--timeout", "9223372036854775807");
    assertEquals(2, timeout.exitCode());
    assertTrue(timeout.err().contains("--timeout must be between 1 and 3600"), timeout.err());
    for (CliRun run : List.of(init, secretDir, unreadable, timeout)) {
      assertNoTrace(run);
    }
  }

  // 10 ------------------------------------------------------------------------------------------

  @Test
  void fmtKeepsEveryNumberAsWritten() throws Exception {
    String text = Files.readString(KAFKA).replaceFirst("\\{", "{\"measures\": [1.0, 10.0, -0.0, 2.5E-3, 1e400, -0],");
    CliRun run = CliRun.of("fmt", write("numbers.json", text).toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("1.0,\n    10.0,\n    -0.0,\n    2.5E-3,\n    1e400,\n    -0\n"), run.out());
    CliRun again = CliRun.of("fmt", write("again.json", run.out()).toString());
    assertEquals(run.out(), again.out());
  }

  // 11 ------------------------------------------------------------------------------------------

  @Test
  void limitsAreReportedAtTheirFieldWithLineAndColumn() throws Exception {
    ObjectNode longString = example();
    ((ObjectNode) longString.get("writers").get(1)).put("version", "v".repeat(300_000));
    ObjectNode deepNesting = example();
    ArrayNode deep = ((ObjectNode) deepNesting.get("writers").get(0)).putArray("extra");
    for (int i = 0; i < PersistenceJson.MAX_NESTING_DEPTH; i++) {
      deep = deep.addArray();
    }
    for (ObjectNode doc : List.of(longString, deepNesting)) {
      CliRun run = CliRun.of("validate", write("limits.json", doc).toString(), "--format", "json");
      assertEquals(1, run.exitCode());
      JsonNode error = PersistenceJson.mapper().readTree(run.out()).get("errors").get(0);
      String expected = doc == longString ? "writers[1].version" : "writers[0].extra";
      assertTrue(error.get("path").asText().startsWith(expected), error.toString());
      assertTrue(error.has("line") && error.has("column"), error.toString());
      assertFalse(error.get("message").asText().contains("StreamReadConstraints"), error.toString());
    }
    String number = Files.readString(KAFKA).replace("\"default_replica_count\": 1", "\"default_replica_count\": "
        + "1".repeat(101));
    CliRun run = CliRun.of("validate", write("number.json", number).toString());
    assertTrue(run.out().matches("(?s)writers\\[0]\\.default_replica_count: Malformed: the number is longer than "
        + "100 characters \\(line \\d+, column \\d+\\)\n"), run.out());
  }

  @Test
  void unchangedFilesStayByteForByte() throws Exception {
    Path file = write("k.json", Files.readString(KAFKA));
    assertEquals(0, CliRun.of("fmt", "--write", file.toString()).exitCode());
    assertArrayEquals(Files.readAllBytes(KAFKA), Files.readAllBytes(file));
  }
}
