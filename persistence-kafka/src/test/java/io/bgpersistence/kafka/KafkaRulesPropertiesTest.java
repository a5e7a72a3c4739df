package io.bgpersistence.kafka;

import io.bgpersistence.kafka.internal.KafkaDocument;
import static io.bgpersistence.kafka.Docs.kafkaProblems;
import static io.bgpersistence.kafka.Docs.summary;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.bgpersistence.model.BusPair;
import io.bgpersistence.model.FieldPath;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.ProblemType;
import io.bgpersistence.model.Setting;
import io.bgpersistence.testing.DocumentGenerators;
import io.bgpersistence.testing.Mutation;
import io.bgpersistence.testing.SampleDocuments;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Over generated documents: valid ones give no Kafka problem, the core's single faults get no
 * second report from the Kafka rules, and each Kafka fault gives exactly its one problem, at its
 * path, with its type, whatever writers the fleet has.
 */
class KafkaRulesPropertiesTest {
  private static final int EXAMPLES = Integer.getInteger("qt.examples", 1000);

  /** Bus topic fields outside any pair and other than the DLQ: changing one breaks no other rule. */
  private static final List<Setting> LONE_TOPICS = KafkaDocument.TOPIC_SETTINGS.stream()
      .filter(s -> s != Setting.KAFKA_DLQ_TOPIC)
      .filter(s -> BusPair.ALL.stream().noneMatch(p -> p.subscription() == s || p.topic() == s))
      .toList();

  private record Expected(PersistenceDocument document, String problem) {}

  private static Expected fault(PersistenceDocument d, Setting s, String value, ProblemType type, String origin) {
    return fault(d, s, value, s.path(), type, origin, false);
  }

  private static Expected fault(PersistenceDocument d, Setting s, String value, FieldPath at, ProblemType type,
      String origin, boolean warning) {
    return new Expected(Docs.with(d, s, value), at + ": " + type + " [" + origin + "]" + (warning ? " (warning)" : ""));
  }

  /** Kafka faults, each breaking exactly one Kafka rule of a valid Kafka document. */
  private static final List<BiFunction<PersistenceDocument, Integer, Expected>> FAULTS = List.of(
      (d, n) -> fault(d, Setting.KAFKA_BOOTSTRAP_SERVERS, null, ProblemType.Required, BootstrapServersRule.ID),
      (d, n) -> fault(d, Setting.KAFKA_BOOTSTRAP_SERVERS, "b-1.example.com:9096, b-2.example.com:" + (65536 + n % 1000),
          ProblemType.Invalid, BootstrapServersRule.ID),
      (d, n) -> fault(d, Setting.KAFKA_SASL_MECHANISM, null, ProblemType.Required, SecurityPairRule.ID),
      (d, n) -> fault(d, Setting.KAFKA_SASL_SECRET, null, ProblemType.Required, SecurityPairRule.ID),
      (d, n) -> fault(d, Setting.KAFKA_SASL_SECRET, "{\"username\":\"u\",\"password\":\"p" + n + "\"}",
          ProblemType.Invalid, SaslSecretNameRule.ID),
      (d, n) -> fault(d, Setting.KAFKA_SECURITY_PROTOCOL, "SASL_PLAINTEXT", Setting.KAFKA_SECURITY_PROTOCOL.path(),
          ProblemType.Invalid, CleartextRule.ID, true),
      (d, n) -> fault(d, Setting.KAFKA_DLQ_TOPIC, null, ProblemType.Required, DlqTopicRule.ID),
      (d, n) -> {
        Setting bus = LONE_TOPICS.get(n % LONE_TOPICS.size());
        return fault(d, Setting.KAFKA_DLQ_TOPIC, bus.valueIn(d).orElseThrow(), ProblemType.Duplicate, DlqTopicRule.ID);
      },
      (d, n) -> {
        BusPair pair = BusPair.ALL.get(n % BusPair.ALL.size());
        Setting changed = n % 2 == 0 ? pair.topic() : pair.subscription();
        return fault(d, changed, "other-bus-" + n, pair.topic().path(), ProblemType.Invalid, BusPairRule.ID, false);
      },
      (d, n) -> fault(d, LONE_TOPICS.get(n % LONE_TOPICS.size()), "bus " + n, ProblemType.Invalid, TopicNameRule.ID),
      (d, n) -> fault(d, LONE_TOPICS.get(n % LONE_TOPICS.size()), "b".repeat(250 + n % 100), ProblemType.TooLong,
          TopicNameRule.ID));

  /**
   * Valid Kafka documents, and only those (the shared generator draws half its documents from
   * Pub/Sub, where no Kafka rule runs): the Kafka sample's settings with the generated fleets'
   * writers, whose types decide which topics the Kafka rules check.
   */
  private static Gen<PersistenceDocument> kafkaDocuments() {
    return DocumentGenerators.validDocuments()
        .map(d -> PersistenceDocument.builder().from(SampleDocuments.kafka()).writers(d.writers()).build());
  }

  /** The core's single faults, each put into a valid Kafka document. */
  private static Gen<Mutation> kafkaSingleFaults() {
    return kafkaDocuments().zip(Generate.pick(DocumentGenerators.faults()), integers().between(0, Integer.MAX_VALUE - 1),
        (d, fault, n) -> fault.apply(d, n));
  }

  @Test
  void validDocumentsHaveNoKafkaProblem() {
    qt().withExamples(EXAMPLES).forAll(kafkaDocuments()).checkAssert(d -> {
      assertEquals("KAFKA", d.specs().busBackend().orElseThrow(), "every try runs the Kafka rules");
      assertEquals(List.of(), summary(kafkaProblems(d)));
    });
  }

  @Test
  void theCoresSingleFaultsGetNoSecondReportFromKafkaRules() {
    qt().withExamples(EXAMPLES).forAll(kafkaSingleFaults())
        .checkAssert((Mutation m) -> assertEquals(List.of(), summary(kafkaProblems(m.document())), m.toString()));
  }

  @Test
  void eachKafkaFaultIsExactlyOneProblemAtItsPath() {
    qt().withExamples(EXAMPLES)
        .forAll(kafkaDocuments(), Generate.pick(FAULTS), integers().between(0, 1_000_000))
        .checkAssert((d, fault, n) -> {
          Expected e = fault.apply(d, n);
          assertEquals(List.of(e.problem()), summary(kafkaProblems(e.document())));
        });
  }

  @Test
  void noKafkaRuleThrowsOnArbitraryKafkaDocuments() {
    // A rule that throws becomes a "rule failed" problem at the root with the rule's id as origin.
    qt().withExamples(EXAMPLES)
        .forAll(DocumentGenerators.arbitraryDocuments().map(d -> Docs.with(d, Setting.BUS_BACKEND, "KAFKA")))
        .checkAssert(d -> assertEquals(List.of(), kafkaProblems(d).stream()
            .filter(p -> p.path().isRoot()).map(p -> p.message()).toList()));
  }
}
