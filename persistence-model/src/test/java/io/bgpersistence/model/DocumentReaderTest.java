package io.bgpersistence.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class DocumentReaderTest {
  static final Path SEED = Path.of("..", "examples", "seed-example.json");

  @Test
  void seedExampleReadsWithoutProblemsAndWritesBackItsOwnBytes() throws IOException {
    ReadResult read = DocumentReader.read(SEED);
    assertEquals(List.of(), read.problems());
    PersistenceDocument doc = read.document().orElseThrow();
    assertEquals("KAFKA", doc.specs().busBackend().orElseThrow());
    assertEquals("1", doc.redisIsClustered().orElseThrow(), "a string flag stays a string");
    assertEquals(1, doc.writers().get(0).defaultReplicaCount().orElseThrow());
    assertEquals("operation-bus-1", doc.specs().operationSubscriptionId().orElseThrow());
    assertEquals(Files.readString(SEED), PersistenceJson.canonical(doc));
  }

  @Test
  void twoReadingsOfOneTextAreEqualAndAReusedBufferChangesNeither() {
    byte[] text = "{\"writers\": 3}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    ReadResult first = DocumentReader.read(text);
    java.util.Arrays.fill(text, (byte) ' ');
    assertEquals(DocumentReader.read("{\"writers\": 3}"), first);
  }

  @Test
  void commonSpecsIsReadAsAnAliasAndWrittenUnderTheContractName() {
    ReadResult read = DocumentReader.read("{\"common_specs\": {\"namespace\": \"bp\"}, \"writers\": []}");
    assertEquals(List.of(), read.problems());
    PersistenceDocument doc = read.document().orElseThrow();
    assertEquals("bp", doc.specs().namespace().orElseThrow());
    assertTrue(PersistenceJson.canonical(doc).contains("\"common_persistence_specs\": {"));
  }

  @Test
  void bothNamesOfTheCommonSpecsAreOneFieldGivenTwice() {
    ReadResult read = DocumentReader.read(
        "{\"common_specs\": {}, \"common_persistence_specs\": {}}");
    assertEquals(List.of("common_persistence_specs:Malformed"), summary(read.errors()));
  }

  @Test
  void unknownFieldsAnywhereAreKeptInOrderAndReportedAsWarnings() {
    String json = """
        {
          "zeta": 1,
          "common_persistence_specs": {"namespace": "bp", "namespce": "typo"},
          "writers": [{"name": "w", "request": {"cpu": "1", "gpu": "1"}, "extra": [true]}],
          "alpha": {"nested": null}
        }""";
    ReadResult read = DocumentReader.read(json);
    assertEquals(List.of("zeta:Unknown", "common_persistence_specs.namespce:Unknown",
        "writers[0].request.gpu:Unknown", "writers[0].extra:Unknown", "alpha:Unknown"), summary(read.warnings()));
    assertTrue(read.warnings().get(1).message().contains("did you mean \"namespace\""));
    assertEquals(OptionalInt.of(3), read.warnings().get(1).line());
    String written = PersistenceJson.canonical(read.document().orElseThrow());
    assertTrue(written.indexOf("\"zeta\"") < written.indexOf("\"alpha\""), written);
    assertTrue(written.indexOf("\"writers\"") < written.indexOf("\"zeta\""), "unknown after known: " + written);
    assertTrue(written.contains("\"gpu\": \"1\""));
  }

  @Test
  void syntaxErrorNamesLineAndColumn() {
    ReadResult read = DocumentReader.read("{\n  \"writers\": [\n    {\"name\": \"a\",}\n  ]\n}");
    FieldProblem p = read.errors().get(0);
    assertEquals(ProblemType.Malformed, p.type());
    assertEquals(OptionalInt.of(3), p.line());
    assertTrue(p.column().orElseThrow() > 0);
    assertTrue(read.document().isEmpty());
  }

  @Test
  void aSyntaxErrorIsAtTheFieldWhoseValueItBreaksOrAtTheObjectWhoseNextNameItDoes() {
    String specs = "{\"common_persistence_specs\": {\"bus_backend\": \"KAFKA\", ";
    // A name in single quotes, a name cut short: the object's, not the field's before it.
    assertEquals("common_persistence_specs", firstErrorPath(specs + "'namespace': \"x\"}}"));
    assertEquals("common_persistence_specs", firstErrorPath(specs + "\"names"));
    // A value in single quotes, a value cut short: that field's.
    assertEquals("common_persistence_specs.namespace", firstErrorPath(specs + "\"namespace\": 'x'}}"));
    assertEquals("common_persistence_specs.namespace", firstErrorPath(specs + "\"namespace\": \"bgp"));
    // Not a value where a list's next item goes: the list's.
    assertEquals("writers", firstErrorPath("{\"writers\": [{\"name\": \"a\"}, x]}"));
  }

  private static String firstErrorPath(String json) {
    return DocumentReader.read(json).errors().get(0).path().toString();
  }

  @Test
  void everyWrongJsonTypeIsReportedAtOnceAtItsPath() {
    String json = """
        {"common_persistence_specs": [],
         "writers": [{"name": 7, "default_replica_count": "2", "request": "1"},
                     {"version": 1.0, "default_replica_count": 1.5, "limit": {"cpu": 1}}],
         "redis_is_clustered": true}""";
    ReadResult read = DocumentReader.read(json);
    assertEquals(List.of("common_persistence_specs:Malformed", "writers[0].name:Malformed",
        "writers[0].default_replica_count:Malformed", "writers[0].request:Malformed",
        "writers[1].version:Malformed", "writers[1].default_replica_count:Malformed",
        "writers[1].limit.cpu:Malformed", "redis_is_clustered:Malformed"), summary(read.errors()));
    assertEquals("expected a string, found a whole number", read.errors().get(1).message());
    assertEquals(OptionalInt.of(2), read.errors().get(1).line());
  }

  @Test
  void writersMustBeAnArrayAndTheDocumentAnObject() {
    assertEquals(List.of("writers:Malformed"), summary(DocumentReader.read("{\"writers\": {}}").errors()));
    assertEquals(List.of(":Malformed"), summary(DocumentReader.read("[1, 2]").errors()));
    assertEquals(List.of(":Malformed"), summary(DocumentReader.read("").errors()));
    assertEquals(List.of(":Malformed"), summary(DocumentReader.read("{} {}").errors()));
  }

  @Test
  void duplicateKeysAreMalformedAndTheFirstValueIsNotSilentlyReplaced() {
    ReadResult read = DocumentReader.read("{\"api_server_host\": \"a\", \"api_server_host\": \"b\"}");
    assertEquals(List.of("api_server_host:Malformed"), summary(read.errors()));
    assertTrue(read.errors().get(0).message().contains("duplicate key"));
  }

  @Test
  void aFleetsWritersReadAlikeWithAndWithoutProblemsElsewhere() throws IOException {
    // A document without problems has its writers bound as they are parsed; one with a problem
    // (here an unknown field, a warning) is read again the whole way: both give the same writers.
    // The document's other list, its observability daemons, is bound the same way.
    String seed = Files.readString(SEED).replaceFirst("\\{", "{\"observability_daemons\": [{\"image_override\": \"d:1\"}], ");
    ReadResult clean = DocumentReader.read(seed);
    ReadResult warned = DocumentReader.read(seed.replaceFirst("\\{", "{\"alpha\": 1, "));
    assertTrue(clean.problems().isEmpty(), clean.problems()::toString);
    assertEquals(List.of("alpha:Unknown"), summary(warned.warnings()));
    PersistenceDocument early = clean.document().orElseThrow();
    PersistenceDocument whole = warned.document().orElseThrow();
    assertTrue(early.writers().size() > 1);
    assertEquals(whole.writers(), early.writers());
    assertEquals(1, early.observabilityDaemons().orElseThrow().size());
    assertEquals(whole.withUnknownFields(early.unknownFields()), early);
  }

  @Test
  void aValueTheWritersRepeatIsHeldOnceAndEveryValueIsKeptAsWritten() {
    // A fleet's writers repeat their types and quantities: the document holds one copy of each,
    // whichever reading binds them. A value seen after thousands of distinct ones is still kept.
    StringBuilder json = new StringBuilder("{\"writers\": [");
    for (int i = 0; i < 5000; i++) {
      json.append(i == 0 ? "" : ",").append("{\"name\": \"w").append(i)
          .append("\", \"bus_subscriber_type\": \"ONLINE_WRITER\", \"request\": {\"cpu\": \"250m\"}}");
    }
    String fleet = json.append("]}").toString();
    for (String text : List.of(fleet, fleet.replaceFirst("\\{", "{\"alpha\": 1, "))) {
      List<WriterSpec> writers = DocumentReader.read(text).document().orElseThrow().writers();
      assertEquals(5000, writers.size());
      assertEquals("w4999", writers.get(4999).name().orElseThrow());
      assertEquals("ONLINE_WRITER", writers.get(4999).busSubscriberType().orElseThrow());
      assertSame(writers.get(0).busSubscriberType().orElseThrow(), writers.get(4999).busSubscriberType().orElseThrow());
      assertSame(writers.get(0).request().orElseThrow().cpu().orElseThrow(),
          writers.get(4999).request().orElseThrow().cpu().orElseThrow());
    }
  }

  @Test
  void aListGivenTwiceIsMalformedAndItsFirstItemsAreTheOnesRead() {
    ReadResult read = DocumentReader.read(
        "{\"writers\": [{\"name\": \"a\"}, {\"name\": \"b\"}], \"writers\": [{\"name\": \"c\"}]}");
    assertEquals(List.of("writers:Malformed"), summary(read.errors()));
    assertEquals(List.of("a", "b"), read.readablePart().orElseThrow().document().writers().stream()
        .map(w -> w.name().orElseThrow()).toList());
  }

  @Test
  void inputsPastTheLimitsAreRefusedAsProblems() {
    String deep = "{\"x\":".repeat(PersistenceJson.MAX_NESTING_DEPTH + 5) + "1" + "}".repeat(PersistenceJson.MAX_NESTING_DEPTH + 5);
    ReadResult nested = DocumentReader.read(deep);
    assertEquals(ProblemType.Malformed, nested.errors().get(0).type());
    assertTrue(nested.errors().get(0).message().contains("nested more than"), nested.errors().get(0).message());
    assertEquals("x.x.x.x", nested.errors().get(0).path().toString(), "where the nesting starts, not 64 levels");

    byte[] huge = new byte[PersistenceJson.MAX_DOCUMENT_BYTES + 1];
    assertEquals(ProblemType.Malformed, DocumentReader.read(huge).errors().get(0).type());
  }

  @Test
  void nullsReadAsAbsent() {
    ReadResult read = DocumentReader.read("{\"api_server_host\": null, \"writers\": [{\"name\": null}]}");
    assertTrue(read.ok());
    assertTrue(read.document().orElseThrow().apiServerHost().isEmpty());
    // A list given as null is absent too; a null item of a list is no value at all, and Malformed.
    ReadResult noWriters = DocumentReader.read("{\"common_persistence_specs\": null, \"writers\": null}");
    assertTrue(noWriters.ok(), noWriters.problems()::toString);
    assertTrue(noWriters.document().orElseThrow().writers().isEmpty());
    assertEquals(List.of("writers[0]"), DocumentReader.read("{\"writers\": [null]}").errors().stream()
        .map(p -> p.path().toString()).toList());
  }

  @Test
  void secretsNeverReachToString() {
    PersistenceDocument doc = PersistenceDocument.builder()
        .kafkaSaslSecret("{\"username\":\"u\",\"password\":\"hunter2\"}")
        .putUnknownFields("db_password", com.fasterxml.jackson.databind.node.TextNode.valueOf("hunter2"))
        .addWriters(WriterSpec.builder().name("w").additionalEnvVars(java.util.Map.of("DB_PASSWORD", "hunter2",
            "DATABASE_URL", "postgres://u:hunter2@db/x")).build())
        .build();
    assertFalse(doc.toString().contains("hunter2"), doc.toString());
    assertFalse(new SecretValue("hunter2").toString().contains("hunter2"));
  }

  @Test
  void aSyntaxErrorInASecretFieldDoesNotQuoteItsText() {
    for (String json : List.of("{\"kafka_sasl_secret\": hunter2pass}", "{\"db_password\": \"hunter2\\q\"}")) {
      FieldProblem p = DocumentReader.read(json).errors().get(0);
      assertEquals(ProblemType.Malformed, p.type());
      assertTrue(p.line().isPresent() && p.column().isPresent());
      assertFalse(p.toLine().contains("hunter2") || p.toLine().contains("'q'"), p.toLine());
    }
    // Elsewhere Jackson's own words stay: they say what is wrong.
    assertTrue(DocumentReader.read("{\"api_server_host\": nope}").errors().get(0).message().contains("'nope'"));
  }

  @Test
  void problemsAtSecretPathsNeverCarryTheValue() {
    FieldProblem p = FieldProblem.invalid(Setting.KAFKA_SASL_SECRET.path(), "hunter2", "looks like a credential", "t");
    assertTrue(p.value().isEmpty());
    FieldProblem q = FieldProblem.notSupported(FieldPath.ROOT.child("api_token"), "hunter2", List.of("KAFKA"), "t");
    assertFalse(q.toLine().contains("hunter"), q.toLine());
  }

  static List<String> summary(List<FieldProblem> problems) {
    return problems.stream().map(p -> p.path() + ":" + p.type()).toList();
  }
}
