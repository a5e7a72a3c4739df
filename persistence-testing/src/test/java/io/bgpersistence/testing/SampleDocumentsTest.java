package io.bgpersistence.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.bgpersistence.model.DocumentReader;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.PersistenceJson;
import io.bgpersistence.model.ReadResult;
import io.bgpersistence.model.Setting;
import io.bgpersistence.model.WriterSpec;
import io.bgpersistence.model.WriterTypeRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SampleDocumentsTest {
  private static final Path EXAMPLE = Path.of("..", "examples", "kafka-example.json");
  private static final Path SEED = Path.of("..", "examples", "seed-example.json");

  @Test
  void shippedExampleIsTheCanonicalFormOfTheKafkaSample() throws Exception {
    assertEquals(PersistenceJson.canonical(SampleDocuments.kafka()), Files.readString(EXAMPLE),
        "examples/kafka-example.json is out of date: write PersistenceJson.canonical(SampleDocuments.kafka()) to it");
    ReadResult read = DocumentReader.read(EXAMPLE);
    assertEquals(List.of(), read.problems());
    assertEquals(SampleDocuments.kafka(), read.document().orElseThrow());
  }

  @Test
  void kafkaSampleHasAWriterOfEveryDocumentedType() {
    Set<String> types = SampleDocuments.kafka().writers().stream()
        .map(w -> w.busSubscriberType().orElseThrow()).collect(Collectors.toSet());
    Set<String> documented = WriterTypeRegistry.builtIn().all().stream().filter(t -> !t.inferred())
        .map(t -> t.name()).collect(Collectors.toSet());
    assertEquals(documented, types);
  }

  @Test
  void seedFilledInKeepsTheSeedsWritersAndSettingsWithEveryPlaceholderReplaced() throws Exception {
    PersistenceDocument seed = DocumentReader.read(SEED).document().orElseThrow();
    PersistenceDocument filled = SampleDocuments.kafkaSeedFilledIn();
    assertEquals(seed.writers(), filled.writers());
    for (Setting s : Setting.values()) {
      assertEquals(s.valueIn(seed).isPresent(), s.valueIn(filled).isPresent(), s.jsonName());
      boolean placeholder = s.valueIn(seed).filter(v -> v.contains("<")).isPresent();
      if (!placeholder) {
        assertEquals(s.valueIn(seed), s.valueIn(filled), s.jsonName());
      }
      assertTrue(s.valueIn(filled).filter(v -> v.contains("<")).isEmpty(), s.jsonName());
    }
  }

  @Test
  void generatedValidDocumentsHaveUniqueWriterNamesAndLimitsAtLeastTheirRequests() {
    qt().withExamples(Integer.getInteger("qt.examples", 1000)).forAll(DocumentGenerators.validDocuments())
        .check(d -> {
          List<String> names = d.writers().stream().map(w -> w.name().orElseThrow()).toList();
          return !d.writers().isEmpty() && names.size() == Set.copyOf(names).size()
              && d.writers().stream().allMatch(SampleDocumentsTest::requestWithinLimit);
        });
  }

  @Test
  void everySingleFaultChangesTheDocument() {
    qt().withExamples(Integer.getInteger("qt.examples", 1000)).forAll(DocumentGenerators.validDocuments(),
        org.quicktheories.generators.Generate.pick(DocumentGenerators.faults()),
        org.quicktheories.generators.SourceDSL.integers().allPositive())
        .check((d, fault, n) -> !fault.apply(d, n).document().equals(d));
  }

  @Test
  void settingValuesSetsAndRemovesAnySetting() {
    PersistenceDocument d = SampleDocuments.pubsub();
    assertEquals("dlq-2", Setting.KAFKA_DLQ_TOPIC.valueIn(SettingValues.with(d, Setting.KAFKA_DLQ_TOPIC, "dlq-2")).orElseThrow());
    assertTrue(Setting.API_SERVER_HOST.valueIn(SettingValues.with(d, Setting.API_SERVER_HOST, null)).isEmpty());
  }

  private static boolean requestWithinLimit(WriterSpec w) {
    return millis(w.request().get().cpu().get()) <= millis(w.limit().get().cpu().get())
        && mebibytes(w.request().get().memory().get()) <= mebibytes(w.limit().get().memory().get());
  }

  private static long millis(String cpu) {
    return cpu.endsWith("m") ? Long.parseLong(cpu.substring(0, cpu.length() - 1)) : Long.parseLong(cpu) * 1000;
  }

  private static long mebibytes(String memory) {
    long n = Long.parseLong(memory.substring(0, memory.length() - 2));
    return memory.endsWith("Gi") ? n * 1024 : n;
  }
}
