package io.bgpersistence.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.PersistenceJson;
import io.bgpersistence.model.WriterTypeRegistry;
import io.bgpersistence.testing.DocumentGenerators;
import io.bgpersistence.testing.SampleDocuments;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The generated schema, checked by a real JSON Schema (2020-12) validator, not by reading it back. */
class DocumentSchemaTest {
  private static final ObjectNode SCHEMA = DocumentSchema.generate(WriterTypeRegistry.builtIn());
  private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  private static final JsonSchema VALIDATOR = FACTORY.getSchema(SCHEMA);

  private static Set<ValidationMessage> check(JsonNode doc) {
    return VALIDATOR.validate(doc);
  }

  private static JsonNode json(PersistenceDocument doc) throws Exception {
    return PersistenceJson.mapper().readTree(PersistenceJson.canonical(doc));
  }

  @Test
  void theSchemaIsAValid2020_12Schema() {
    JsonSchema meta = FACTORY.getSchema(java.net.URI.create(DocumentSchema.DIALECT));
    assertEquals(Set.of(), meta.validate(SCHEMA));
  }

  @Test
  void theShippedExamplesAndSamplesConform() throws Exception {
    for (String example : List.of("kafka-example.json", "pubsub-example.json", "seed-example.json")) {
      JsonNode doc = PersistenceJson.mapper().readTree(Files.readString(Path.of("..", "examples", example)));
      assertEquals(Set.of(), check(doc), example);
    }
    assertEquals(Set.of(), check(json(SampleDocuments.kafka())));
  }

  @Test
  void everyValidDocumentConforms() {
    qt().withExamples(Integer.getInteger("qt.examples", 1000)).forAll(DocumentGenerators.validDocuments())
        .checkAssert(doc -> {
          try {
            assertEquals(Set.of(), check(json(doc)));
          } catch (Exception e) {
            throw new AssertionError(e);
          }
        });
  }

  @Test
  void theConstraintsOfTheValidatorReachTheSchema() throws Exception {
    ObjectNode doc = (ObjectNode) json(SampleDocuments.kafka());
    ((ObjectNode) doc.get("common_persistence_specs")).put("namespace", "Not_A_Label");
    ((ObjectNode) doc.get("common_persistence_specs")).put("bus_backend", "KAFKAA");
    ((ObjectNode) doc.get("writers").get(0)).put("default_replica_count", -1);
    ((ObjectNode) doc.get("writers").get(1).get("request")).put("cpu", "lots");
    ((ObjectNode) doc.get("writers").get(2)).remove("name");
    ((ObjectNode) doc.get("writers").get(3)).put("max_batch_size", 0);
    ((ObjectNode) doc.get("writers").get(4)).put("gke_spot", "yes");
    Set<String> where = new java.util.TreeSet<>();
    check(doc).forEach(m -> where.add(m.getInstanceLocation().toString()));
    assertTrue(where.containsAll(Set.of("$.common_persistence_specs.namespace", "$.common_persistence_specs.bus_backend",
        "$.writers[0].default_replica_count", "$.writers[1].request.cpu", "$.writers[2]",
        "$.writers[3].max_batch_size", "$.writers[4].gke_spot")), where.toString());
  }

  @Test
  void descriptionsComeFromTheSettingTableAndTheModel() {
    JsonNode common = SCHEMA.get("$defs").get("CommonPersistenceSpecs").get("properties");
    assertTrue(common.get("kafka_sasl_secret") == null, "a top-level setting stays at the top level");
    assertTrue(SCHEMA.get("properties").get("kafka_sasl_secret").get("description").asText().contains("never the credential"));
    assertTrue(common.get("namespace").get("description").asText().contains("namespace"));
    assertTrue(SCHEMA.get("$defs").get("WriterSpec").get("properties").get("default_replica_count")
        .get("description").asText().contains("pauses"));
  }
}
