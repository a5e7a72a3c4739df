package io.bgpersistence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.PersistenceJson;
import io.bgpersistence.testing.SampleDocuments;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bpctl render FILE --output-dir DIR}, as a GitOps user runs it twice. */
class RenderOutputDirCommandTest {
  @TempDir Path tmp;

  @Test
  void writesOneFilePerObjectAndOnTheNextRunRemovesOnlyWhatTheDocumentNoLongerHas() throws Exception {
    PersistenceDocument before = SampleDocuments.kafka();
    Path file = Files.writeString(tmp.resolve("fleet.json"), PersistenceJson.canonical(before));
    Path dir = tmp.resolve("gitops");
    CliRun first = CliRun.of("render", file.toString(), "--output-dir", dir.toString());
    assertEquals(0, first.exitCode(), first.err());
    assertTrue(first.out().contains("wrote     " + dir.resolve("deployment-online-writer.yaml")), first.out());
    assertTrue(first.out().contains("wrote     " + dir.resolve("kustomization.yaml")), first.out());
    String stdout = CliRun.of("render", file.toString()).out();
    assertTrue(stdout.contains(Files.readString(dir.resolve("deployment-online-writer.yaml"))));

    PersistenceDocument after = PersistenceDocument.builder().from(before)
        .writers(before.writers().stream().filter(w -> !w.name().orElseThrow().equals("offline-writer")).toList())
        .build();
    Files.writeString(file, PersistenceJson.canonical(after));
    CliRun second = CliRun.of("render", file.toString(), "--output-dir", dir.toString());
    assertEquals(0, second.exitCode(), second.err());
    assertTrue(second.out().contains("removed   " + dir.resolve("deployment-offline-writer.yaml")), second.out());
    assertTrue(second.out().contains("unchanged " + dir.resolve("deployment-online-writer.yaml")), second.out());
    assertTrue(Files.notExists(dir.resolve("deployment-offline-writer.yaml")));
  }

  @Test
  void jsonWithAnOutputDirIsAUsageErrorAndAForeignFileIsExit2() throws Exception {
    Path file = Files.writeString(tmp.resolve("fleet.json"), PersistenceJson.canonical(SampleDocuments.kafka()));
    assertEquals(2, CliRun.of("render", file.toString(), "--output-dir", tmp.resolve("x").toString(), "--format", "json")
        .exitCode());
    Path dir = Files.createDirectories(tmp.resolve("theirs"));
    Files.writeString(dir.resolve("kustomization.yaml"), "resources: [their.yaml]\n");
    CliRun run = CliRun.of("render", file.toString(), "--output-dir", dir.toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("bpctl did not write it"), run.err());
    assertEquals("resources: [their.yaml]\n", Files.readString(dir.resolve("kustomization.yaml")));
  }
}
