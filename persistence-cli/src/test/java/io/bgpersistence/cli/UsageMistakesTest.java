package io.bgpersistence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mistakes people make on a command line get a sentence that says what is wrong. */
class UsageMistakesTest {
  private static final String KAFKA = RenderCommandTest.KAFKA.toString();

  @TempDir Path tmp;

  @Test
  void aMisspelledOptionGetsTheOptionItMeant() {
    CliRun run = CliRun.of("render", KAFKA, "--fromat", "json");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("Possible solutions: --format"), run.err());
  }

  @Test
  void anUnknownCommandIsSaidSoAndOnlyALikelyTypoGetsAGuess() {
    CliRun typo = CliRun.of("valdiate", KAFKA);
    assertEquals(2, typo.exitCode());
    assertEquals("bpctl: unknown command 'valdiate'\nDid you mean: bpctl validate?\nTry 'bpctl --help' for the commands.",
        typo.err().strip());
    CliRun bogus = CliRun.of("bogus");
    assertEquals(2, bogus.exitCode());
    assertEquals("bpctl: unknown command 'bogus'\nTry 'bpctl --help' for the commands.", bogus.err().strip());
  }

  @Test
  void aDashPrintsWhereAFileIsWrittenAndIsNoDirectory() {
    CliRun init = CliRun.of("init", "--backend", "kafka", "-o", "-");
    assertEquals(0, init.exitCode(), init.err());
    assertEquals(CliRun.of("init", "--backend", "kafka").out(), init.out());
    assertFalse(Files.exists(Path.of("-")), "init wrote a file named -");
    CliRun dir = CliRun.of("render", KAFKA, "--output-dir", "-");
    assertEquals(2, dir.exitCode());
    assertTrue(dir.err().startsWith("bpctl: --output-dir names a directory; to print, leave it out"), dir.err());
  }

  @Test
  void aLabelBpctlSetsItselfIsRefusedNotDropped() {
    CliRun run = CliRun.of("render", KAFKA, "--label", "app.kubernetes.io/name=x", "--label", "team=a");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith("bpctl: label app.kubernetes.io/name is one bpctl sets itself"), run.err());
  }

  @Test
  void aShortOptionGetsNoGuess() {
    CliRun run = CliRun.of("validate", KAFKA, "-x");
    assertEquals(2, run.exitCode());
    assertFalse(run.err().contains("Possible solutions"), run.err());
  }

  @Test
  void emptyOutputNamesAreUsageErrors() {
    assertEquals(2, CliRun.of("render", KAFKA, "--output-dir", "").exitCode());
    CliRun init = CliRun.of("init", "--backend", "kafka", "-o", "");
    assertEquals(2, init.exitCode());
    assertTrue(init.err().startsWith("bpctl: --output: the file name is empty"), init.err());
  }

  @Test
  void yamlAfterACommentOrAByteOrderMarkIsStillYaml() throws Exception {
    for (String text : new String[] {"# our fleet\nwriters: []\n", "\uFEFFwriters: []\n"}) {
      Path yaml = Files.writeString(tmp.resolve("fleet.yaml"), text);
      CliRun run = CliRun.of("validate", yaml.toString());
      assertTrue(run.out().contains("it looks like YAML"), run.out());
    }
  }

  @Test
  void anOptionValueIsReadInAnyCase() {
    CliRun run = CliRun.of("render", KAFKA, "--format", "JSON");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("{"), run.out());
  }

  @Test
  void aBadKeyValueOptionIsDescribedOnce() {
    CliRun run = CliRun.of("render", KAFKA, "--label", "noequals");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith("bpctl: Value for option '--label' (KEY=VALUE)"), run.err());
  }

  @Test
  void anEmptyFileNameIsNotCalledADirectory() {
    CliRun run = CliRun.of("validate", "");
    assertEquals(2, run.exitCode());
    assertEquals("bpctl: cannot read the file: its name is empty", run.err().strip());
  }

  @Test
  void diffReadsStandardInputForOneSideOnly() {
    CliRun run = CliRun.of("diff", "-", "-");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith("bpctl: OLD and NEW cannot both be -"), run.err());
  }

  @Test
  void anOutputDirectoryThatIsAFileIsSaidSoAndLeftAlone() throws Exception {
    Path file = Files.writeString(tmp.resolve("notes.md"), "mine\n");
    CliRun run = CliRun.of("render", KAFKA, "--output-dir", file.toString());
    assertEquals(2, run.exitCode());
    assertEquals("bpctl: cannot write " + file + ": it is a file, not a directory", run.err().strip());
    assertEquals("mine\n", Files.readString(file));
  }

  @Test
  void yamlInputIsToldThatTheToolReadsJson() throws Exception {
    Path yaml = Files.writeString(tmp.resolve("fleet.yaml"), "common_persistence_specs:\n  namespace: x\nwriters: []\n");
    CliRun run = CliRun.of("validate", yaml.toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.out().contains("the input is not JSON (it looks like YAML)"), run.out());
    assertFalse(run.out().contains("unrecognized value"), run.out());
  }
}
