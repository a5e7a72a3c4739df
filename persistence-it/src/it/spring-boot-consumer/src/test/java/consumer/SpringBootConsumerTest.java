package consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.cfg.PackageVersion;
import io.bgpersistence.model.CommonPersistenceSpecs;
import io.bgpersistence.model.DocumentReader;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.WriterSpec;
import io.bgpersistence.render.RenderOptions;
import io.bgpersistence.render.RenderResult;
import io.bgpersistence.render.Renderer;
import io.bgpersistence.testing.DocumentGenerators;
import io.bgpersistence.testing.SampleDocuments;
import io.bgpersistence.validation.DocumentValidator;
import jakarta.validation.Validation;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;

/** The SDK inside a Spring Boot 3.5 service: the same problems at the same paths, the same bytes. */
class SpringBootConsumerTest {
  private static final int TRIES = Integer.getInteger("qt.examples", 1000);
  private static final Path EXAMPLES = Path.of(System.getProperty("examples.dir"));
  private static final DocumentValidator VALIDATOR = DocumentValidator.standard();

  @Test
  void theClassPathHasSpringBootsVersions() {
    assertEquals(19, PackageVersion.VERSION.getMinorVersion(), "Jackson " + PackageVersion.VERSION);
    String hv = HibernateValidator.class.getPackage().getImplementationVersion();
    assertTrue(hv.startsWith("8.0."), "Hibernate Validator " + hv);
    String api = Validation.class.getPackage().getImplementationVersion();
    assertTrue(api == null || api.startsWith("3.0"), "Jakarta Validation " + api);
  }

  @Test
  void problemsAreAtTheDocumentsJsonPaths() {
    PersistenceDocument sample = SampleDocuments.kafkaSeedFilledIn();
    List<WriterSpec> writers = new ArrayList<>(sample.writers());
    // The platform's API defaults a missing default_replica_count to 1; a negative one is the error.
    writers.set(0, WriterSpec.builder().from(writers.get(0)).defaultReplicaCount(-1).build());
    PersistenceDocument d = PersistenceDocument.builder().from(sample)
        .commonPersistenceSpecs(new CommonPersistenceSpecs.Builder().from(sample.specs()).namespace("BP_NS").build())
        .writers(writers)
        .clusterManagerConfig(io.bgpersistence.model.ClusterManagerConfig.builder().nodePodMetricsIntervalSecs(0).build())
        .build();
    List<String> errors = VALIDATOR.validate(d).errors().stream().map(p -> p.path() + " " + p.type()).toList();
    assertEquals(List.of("common_persistence_specs.namespace Invalid",
        "cluster_manager_config.node_pod_metrics_interval_secs Invalid", "writers[0].default_replica_count Invalid"), errors);
  }

  @Test
  void aSingleFaultIsCaughtAtTheMutatedPathAndNowhereElse() {
    qt().withExamples(TRIES).forAll(DocumentGenerators.singleFaults())
        .checkAssert(m -> m.assertCaughtOnlyThere(VALIDATOR.validate(m.document()).errors()));
  }

  @Test
  void theExamplesRenderToTheSameBytesAsUnderTheSdksOwnVersions() throws IOException {
    for (String example : List.of("kafka-example", "pubsub-example")) {
      RenderResult r = Renderer.standard().render(DocumentReader.read(EXAMPLES.resolve(example + ".json")),
        new RenderOptions.Builder().build());
      assertTrue(r.ok(), () -> example + ": " + r.report().errors());
      assertEquals(golden(example + ".yaml"), r.objects().toYaml(), example + " as YAML");
      assertEquals(golden(example + ".json"), r.objects().toJson(), example + " as JSON");
    }
  }

  /** Validating and rendering both backends' documents needs no Google client, gRPC or kafka-clients. */
  @Test
  void noBusClientIsOnTheClassPath() {
    List<String> clients = List.of("/io/grpc/", "/com/google/cloud/", "/com/google/auth/", "/org/apache/kafka/");
    List<String> found = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String path = entry.replace(File.separatorChar, '/');
      clients.stream().filter(path::contains).findFirst().ifPresent(c -> found.add(entry));
    }
    assertEquals(List.of(), found);
  }

  private static String golden(String name) throws IOException {
    return Files.readString(EXAMPLES.resolve("rendered").resolve(name), StandardCharsets.UTF_8);
  }
}
