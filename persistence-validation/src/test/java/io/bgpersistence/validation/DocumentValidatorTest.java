package io.bgpersistence.validation;

import static io.bgpersistence.validation.Problems.keys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.bgpersistence.model.BusBackend;
import io.bgpersistence.model.DocumentReader;
import io.bgpersistence.model.FieldPath;
import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.PersistenceJson;
import io.bgpersistence.model.ReadResult;
import io.bgpersistence.model.Setting;
import io.bgpersistence.model.WriterSpec;
import io.bgpersistence.testing.SampleDocuments;
import io.bgpersistence.testing.SettingValues;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentValidatorTest {
  private static PersistenceDocument withVersion(String version) {
    PersistenceDocument d = SampleDocuments.kafkaSeedFilledIn();
    List<WriterSpec> writers = new ArrayList<>(d.writers());
    writers.set(1, WriterSpec.builder().from(writers.get(1)).version(version).build());
    return PersistenceDocument.builder().from(d).writers(writers).build();
  }

  @Test
  void extensionsOnTheClassPathAreFoundByServiceLoader() {
    assertEquals(List.of("writers[1].version Forbidden " + TestExtension.RULE),
        keys(DocumentValidator.standard().validate(withVersion("0.0")).errors()));
  }

  @Test
  void withoutServiceLoaderOnlyWhatIsAddedByHandRuns() {
    DocumentValidator bare = DocumentValidator.builder().withoutServiceLoader()
        .addExtension(new StandInBackends()).build();
    assertTrue(bare.validate(withVersion("0.0")).ok());
    DocumentValidator byHand = DocumentValidator.builder().withoutServiceLoader()
        .addExtension(new StandInBackends()).addExtension(new TestExtension()).build();
    assertFalse(byHand.validate(withVersion("0.0")).ok());
  }

  @Test
  void aDocumentWhoseBackendIsNotOnTheClassPathIsAnErrorNamingTheModuleToAdd() {
    DocumentValidator noBackend = DocumentValidator.builder().withoutServiceLoader().build();
    List<FieldProblem> kafka = noBackend.validate(SampleDocuments.kafkaSeedFilledIn()).errors();
    assertEquals(List.of("common_persistence_specs.bus_backend Invalid backend-on-class-path"), keys(kafka));
    assertTrue(kafka.get(0).message().contains("io.bgpersistence:persistence-kafka"), kafka.get(0).message());

    DocumentValidator kafkaOnly = DocumentValidator.builder().withoutServiceLoader()
        .addExtension(new StandInBackends(BusBackend.KAFKA)).build();
    assertTrue(kafkaOnly.validate(SampleDocuments.kafkaSeedFilledIn()).ok());
    List<FieldProblem> pubsub = kafkaOnly.validate(SampleDocuments.pubsub()).errors();
    assertEquals(List.of("common_persistence_specs.bus_backend Invalid backend-on-class-path"), keys(pubsub));
    assertTrue(pubsub.get(0).message().contains("io.bgpersistence:persistence-pubsub"), pubsub.get(0).message());
  }

  @Test
  void anExtensionOnTheClassPathAndAddedByHandRunsOnce() {
    DocumentValidator v = DocumentValidator.builder().addExtension(new TestExtension()).build();
    assertEquals(1, v.validate(withVersion("0.0")).errors().size());
  }

  @Test
  void usersAddTheirOwnRules() {
    DocumentRule noPrefix = new DocumentRule() {
      @Override
      public String id() {
        return "house-prefix";
      }

      @Override
      public List<FieldProblem> check(PersistenceDocument d, ValidationContext c) {
        return d.writers().get(0).name().filter(n -> !n.startsWith("acme-")).isPresent()
            ? List.of(FieldProblem.invalid(FieldPath.parse("writers[0].name"), "x", "must start with acme-", id()))
            : List.of();
      }
    };
    DocumentValidator v = DocumentValidator.builder().addRule(noPrefix).build();
    assertEquals(List.of("writers[0].name Invalid house-prefix"),
        keys(v.validate(SampleDocuments.kafka()).errors()));
  }

  @Test
  void aRuleThatThrowsIsReportedAndTheOthersStillRun() {
    DocumentRule broken = new DocumentRule() {
      @Override
      public String id() {
        return "broken";
      }

      @Override
      public List<FieldProblem> check(PersistenceDocument d, ValidationContext c) {
        throw new IllegalStateException("bug");
      }
    };
    DocumentValidator v = DocumentValidator.builder().addRule(broken).build();
    PersistenceDocument d = SettingValues.with(SampleDocuments.kafka(), Setting.NAMESPACE, "Bad");
    assertEquals(List.of(" Invalid broken", "common_persistence_specs.namespace Invalid field-constraint"),
        keys(v.validate(d).errors()));
  }

  @Test
  void aRuleThatOverflowsItsStackIsReportedNotThrown() {
    DocumentRule deep = new DocumentRule() {
      @Override
      public String id() {
        return "deep";
      }

      @Override
      public List<FieldProblem> check(PersistenceDocument d, ValidationContext c) {
        throw new StackOverflowError();
      }
    };
    DocumentValidator v = DocumentValidator.builder().addRule(deep).build();
    assertEquals(List.of(" Invalid deep"), keys(v.validate(SampleDocuments.kafka()).errors()));
  }

  @Test
  void strictTurnsWarningsIntoErrorsInDocumentOrder() {
    PersistenceDocument d = SettingValues.with(SettingValues.with(SampleDocuments.kafka(),
        Setting.API_SERVER_HOST, null), Setting.NAMESPACE, "Bad");
    ValidationReport r = DocumentValidator.standard().validate(d);
    assertEquals(List.of("api_server_host Required writer-type-needs"), keys(r.warnings()));
    ValidationReport strict = r.strict();
    assertEquals(List.of("common_persistence_specs.namespace Invalid field-constraint",
        "api_server_host Required writer-type-needs"), keys(strict.errors()));
    assertTrue(strict.warnings().isEmpty());
    assertTrue(strict.errors().stream().allMatch(FieldProblem::isError));
  }

  @Test
  void inputThatIsNotJsonGivesOnlyReadingsProblems() {
    ReadResult read = DocumentReader.read("{\"writers\": [");
    ValidationReport r = DocumentValidator.standard().validate(read);
    assertEquals(read.errors(), r.errors());
    assertFalse(r.ok());
  }

  @Test
  void aValueOfTheWrongTypeIsReportedWithTheOtherProblems() {
    ReadResult read = DocumentReader.read("{\"writers\": 3}");
    ValidationReport r = DocumentValidator.standard().validate(read);
    assertEquals(List.of("common_persistence_specs.bus_backend Required field-constraint",
        "common_persistence_specs.namespace Required field-constraint",
        "common_persistence_specs.service_account_name Required field-constraint",
        "writers Malformed malformed"), keys(r.errors()));
    assertFalse(r.ok());
  }

  @Test
  void unknownFieldsAreReportedOnceWhetherReadOrBuilt() {
    PersistenceDocument d = PersistenceDocument.builder().from(SampleDocuments.kafka())
        .putUnknownFields("writer", JsonNodeFactory.instance.textNode("x")).build();
    ValidationReport built = DocumentValidator.standard().validate(d);
    assertEquals(List.of("writer Unknown unknown-field"), keys(built.warnings()));
    assertTrue(built.warnings().get(0).message().contains("did you mean \"writers\""));
    ValidationReport read = DocumentValidator.standard().validate(DocumentReader.read(PersistenceJson.canonical(d)));
    assertEquals(List.of("writer Unknown unknown-field"), keys(read.warnings()));
    assertTrue(read.warnings().get(0).line().isPresent());
  }

  @Test
  void readingWarningsComeInDocumentOrderAmongTheValidatorsProblems() {
    String json = PersistenceJson.canonical(SettingValues.with(SampleDocuments.kafka(), Setting.API_SERVER_HOST, null))
        .replace("\"namespace\"", "\"namespce\"");
    ValidationReport r = DocumentValidator.standard().validate(DocumentReader.read(json));
    assertEquals(List.of("common_persistence_specs.namespace Required field-constraint"), keys(r.errors()));
    assertEquals(List.of("common_persistence_specs.namespce Unknown unknown-field",
        "api_server_host Required writer-type-needs"), keys(r.warnings()));
  }

  @Test
  void secretValuesAreNeverCarriedInProblems() {
    PersistenceDocument d = SettingValues.with(SampleDocuments.kafka(), Setting.KAFKA_SASL_SECRET,
        "<{\"username\":\"u\",\"password\":\"hunter2\"}>");
    ValidationReport r = DocumentValidator.standard().validate(d);
    assertEquals(List.of("kafka_sasl_secret Invalid placeholder"), keys(r.errors()));
    assertTrue(r.errors().get(0).value().isEmpty());
    assertFalse(r.errors().get(0).toLine().contains("hunter2"));
  }
}
