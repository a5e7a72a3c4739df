package io.bgpersistence.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.testing.SampleDocuments;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bpctl render --output-dir}: one file per object for a GitOps repository. */
class ManifestDirectoryTest {
  @TempDir Path dir;

  private static RenderedObjects render(PersistenceDocument d) {
    return Renderer.standard().render(d, new RenderOptions.Builder().includeNamespace(true).build()).objects();
  }

  /** The resources kustomization.yaml lists, in order. */
  private List<String> kustomized() throws IOException {
    return Files.readAllLines(dir.resolve(ManifestDirectory.KUSTOMIZATION)).stream()
        .filter(l -> l.startsWith("- ")).map(l -> l.substring(2)).toList();
  }

  private Set<String> yamlFiles() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  private String read(String name) throws IOException {
    return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
  }

  @Test
  void eachObjectIsOneFileOfTheSameBytesAsRenderListedOnceInOrder() throws Exception {
    RenderedObjects r = render(SampleDocuments.kafka());
    ManifestDirectory.write(r, dir);
    List<String> listed = kustomized();
    assertEquals(r.objects().size(), listed.size());
    assertEquals(listed.size(), new TreeSet<>(listed).size(), "each file once");
    Set<String> expectedFiles = new TreeSet<>(listed);
    expectedFiles.add(ManifestDirectory.KUSTOMIZATION);
    assertEquals(expectedFiles, yamlFiles(), "every file is listed, and nothing else is there");
    assertEquals("namespace-background-persistence.yaml", listed.get(0));
    assertTrue(listed.contains("deployment-online-writer.yaml"), listed.toString());
    StringBuilder joined = new StringBuilder();
    for (String f : listed) {
      joined.append(read(f));
    }
    assertEquals(r.toYaml(), joined.toString(), "the files, in kustomization order, are render's output byte for byte");
  }

  @Test
  void theFilesPassTheSameKubernetesSchemaChecksAsRender() throws Exception {
    assumeTrue(KubernetesSchemaCheck.nodeAvailable(),
        "node is not installed: the Kubernetes schema checks are SKIPPED (install Node.js 20 to run them)");
    ManifestDirectory.write(render(SampleDocuments.kafka()), dir.resolve("kafka"));
    ManifestDirectory.write(render(SampleDocuments.pubsub()), dir.resolve("pubsub"));
    StringBuilder yaml = new StringBuilder();
    int files = 0;
    for (String sub : List.of("kafka", "pubsub")) {
      try (Stream<Path> list = Files.list(dir.resolve(sub))) {
        for (Path p : list.sorted().toList()) {
          String name = p.getFileName().toString();
          if (name.endsWith(".yaml") && !name.equals(ManifestDirectory.KUSTOMIZATION)) {
            yaml.append(Files.readString(p));
            files++;
          }
        }
      }
    }
    KubernetesSchemaCheck.Result result = KubernetesSchemaCheck.check(yaml.toString());
    assertEquals(List.of(), result.errors());
    assertEquals(files, result.checked());
  }

  @Test
  void filesOfObjectsTheDocumentNoLongerHasAreRemovedAndOthersFilesAreLeftAlone() throws Exception {
    PersistenceDocument before = SampleDocuments.kafka();
    ManifestDirectory.write(render(before), dir);
    Files.writeString(dir.resolve("patch-resources.yaml"), "# the team's own kustomize patch\n");
    assertTrue(Files.exists(dir.resolve("deployment-offline-writer.yaml")));

    PersistenceDocument after = PersistenceDocument.builder().from(before)
        .writers(before.writers().stream().filter(w -> !w.name().orElseThrow().equals("offline-writer")).toList())
        .build();
    List<ManifestDirectory.Change> changes = ManifestDirectory.write(render(after), dir);
    assertTrue(changes.contains(new ManifestDirectory.Change("deployment-offline-writer.yaml",
        ManifestDirectory.Action.REMOVED)), changes.toString());
    assertTrue(changes.contains(new ManifestDirectory.Change("deployment-online-writer.yaml",
        ManifestDirectory.Action.UNCHANGED)), changes.toString());
    assertTrue(Files.notExists(dir.resolve("deployment-offline-writer.yaml")));
    assertEquals("# the team's own kustomize patch\n", read("patch-resources.yaml"));
    assertTrue(!kustomized().contains("deployment-offline-writer.yaml"));
    try (Stream<Path> files = Files.list(dir)) {
      assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file is left");
    }
  }

  @Test
  void aFileOfTheSameNameThatBpctlDidNotWriteIsRefusedNotOverwritten() throws Exception {
    Files.writeString(dir.resolve("deployment-online-writer.yaml"), "hand-written\n");
    IOException e = assertThrows(IOException.class, () -> ManifestDirectory.write(render(SampleDocuments.kafka()), dir));
    assertTrue(e.getMessage().contains("bpctl did not write it"), e.getMessage());
    assertEquals("hand-written\n", read("deployment-online-writer.yaml"));
    assertEquals(Set.of("deployment-online-writer.yaml"), yamlFiles(), "nothing was written");
  }

  @Test
  void aMarkerCannotMakeBpctlDeleteOutsideTheDirectory() throws Exception {
    Path outside = Files.writeString(dir.resolve("outside.yaml"), "keep\n");
    Path out = dir.resolve("out");
    Files.createDirectories(out);
    Files.writeString(out.resolve(ManifestDirectory.MARKER), "../outside.yaml\n");
    ManifestDirectory.write(render(SampleDocuments.kafka()), out);
    assertEquals("keep\n", Files.readString(outside));
  }

  @Test
  void aRunThatFailsHalfWayLeavesNothingTheNextRunRefuses() throws Exception {
    PersistenceDocument before = SampleDocuments.kafka();
    ManifestDirectory.write(render(before), dir);
    // An obstacle where a later file goes: the run fails after writing the files before it.
    Path blocked = dir.resolve("deployment-metrics-writer.yaml");
    Files.delete(blocked);
    Files.createDirectories(blocked.resolve("x"));
    PersistenceDocument scaled = PersistenceDocument.builder().from(before).writers(before.writers().stream()
        .map(w -> io.bgpersistence.model.WriterSpec.builder().from(w).defaultReplicaCount(3).build()).toList()).build();
    java.nio.file.FileSystemException e = assertThrows(java.nio.file.FileSystemException.class,
        () -> ManifestDirectory.write(render(scaled), dir));
    assertEquals(blocked.toString(), e.getFile(), "the file that could not be written is named");
    assertTrue(e.getCause() instanceof java.nio.file.FileSystemException, "the system's reason is kept: " + e.getCause());

    Files.delete(blocked.resolve("x"));
    Files.delete(blocked);
    ManifestDirectory.write(render(scaled), dir);  // the files the failed run wrote are bpctl's own
    assertEquals(new TreeSet<>(kustomized()), yamlFiles().stream().filter(n -> !n.equals(ManifestDirectory.KUSTOMIZATION))
        .collect(Collectors.toCollection(TreeSet::new)));
  }

  @Test
  void filesGetTheUmasksPermissionsAndAReplacedFileKeepsItsOwn() throws Exception {
    assumeTrue(Files.getFileStore(dir).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class));
    Path plain = dir.resolve("made-as-any-program-makes-a-file");
    Files.newOutputStream(plain).close();
    ManifestDirectory.write(render(SampleDocuments.kafka()), dir);
    assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(dir.resolve(ManifestDirectory.KUSTOMIZATION)));
    assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(dir.resolve("deployment-online-writer.yaml")));

    Path kept = dir.resolve("deployment-online-writer.yaml");
    Set<java.nio.file.attribute.PosixFilePermission> ownerOnly = java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----");
    Files.setPosixFilePermissions(kept, ownerOnly);
    PersistenceDocument scaled = PersistenceDocument.builder().from(SampleDocuments.kafka()).writers(SampleDocuments.kafka()
        .writers().stream().map(w -> io.bgpersistence.model.WriterSpec.builder().from(w).defaultReplicaCount(2).build()).toList())
        .build();
    ManifestDirectory.write(render(scaled), dir);
    assertTrue(read("deployment-online-writer.yaml").contains("replicas: 2"));
    assertEquals(ownerOnly, Files.getPosixFilePermissions(kept));
  }
}
