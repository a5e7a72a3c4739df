package io.bgpersistence.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bgpersistence.model.DocumentReader;
import io.bgpersistence.model.ReadResult;
import io.bgpersistence.model.CommonPersistenceSpecs;
import io.bgpersistence.model.FieldPath;
import io.bgpersistence.model.ImageFamily;
import io.bgpersistence.model.IntOrPercent;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.ProblemType;
import io.bgpersistence.model.ResourceSpec;
import io.bgpersistence.model.Setting;
import io.bgpersistence.model.WriterSpec;
import io.bgpersistence.model.WriterType;
import io.bgpersistence.model.WriterTypeRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for documents: valid ones (random writer types, names, quantities,
 * replica counts, unknown fields), single-fault mutations of valid ones with the problem they must
 * cause, and arbitrary ones (any strings anywhere) that validation must survive.
 */
public final class DocumentGenerators {
  private static final FieldPath COMMON = FieldPath.ROOT.child("common_persistence_specs");

  private DocumentGenerators() {}

  // ---- valid documents ---------------------------------------------------------------------

  /** Valid documents: a Kafka or Pub/Sub base and one to six writers of random built-in types. */
  public static Gen<PersistenceDocument> validDocuments() {
    return Fixtures.standard().validDocuments();
  }

  /** {@link #validDocuments()} as a {@link Fixtures} configuration asks. */
  static Gen<PersistenceDocument> validDocuments(Fixtures fixtures) {
    Gen<PersistenceDocument> base = Generate.pick(fixtures.bases());
    Gen<List<WriterSpec>> writers = lists().of(validWriters(fixtures)).ofSizeBetween(1, 6)
        .map(DocumentGenerators::uniquelyNamed);
    return base.zip(writers, Generate.booleans(), (d, w, unknown) -> {
      PersistenceDocument.Builder b = PersistenceDocument.builder().from(d).writers(w);
      if (unknown) {
        b.putUnknownFields("x_owner", JsonNodeFactory.instance.textNode("team-" + w.size()));
      }
      return b.build();
    });
  }

  /** A valid writer of a random built-in type (its name made unique by {@link #validDocuments}). */
  public static Gen<WriterSpec> validWriters() {
    return validWriters(Fixtures.standard());
  }

  static Gen<WriterSpec> validWriters(Fixtures fixtures) {
    Gen<Integer> cpuMillis = integers().between(1, 4000);
    Gen<Integer> memoryMi = integers().between(16, 16384);
    Gen<Integer> headroom = integers().between(0, 4000);
    Gen<String> stem = strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 30)
        .zip(strings().betweenCodePoints('0', '9').ofLengthBetween(0, 3), (letters, digits) -> letters + digits);
    Gen<Integer> replicas = integers().between(0, 10);
    Gen<String> version = Generate.pick(List.of("1.0", "1.8.2", "2024.11.1", "v3", "1.0.0-rc.1"));
    Gen<Boolean> withUnknown = Generate.booleans();
    Gen<WriterSpec> shape = Generate.pick(fixtures.types()).zip(stem, replicas, version,
        (type, s, r, v) -> WriterSpec.builder().name(fixtures.name(type, s)).busSubscriberType(type.name()).version(v)
            .defaultReplicaCount(r).build());
    Gen<ResourceSpec[]> resources = cpuMillis.zip(headroom, memoryMi, headroom,
        (cpu, cpuExtra, mem, memExtra) -> new ResourceSpec[] {
            ResourceSpec.of(cpu(cpu), memory(mem)), ResourceSpec.of(cpu(cpu + cpuExtra), memory(mem + memExtra))});
    return shape.zip(resources, withUnknown, (w, r, unknown) -> {
      WriterSpec.Builder b = WriterSpec.builder().from(w).request(r[0]).limit(r[1]);
      if (unknown) {
        b.putUnknownFields("x_team", JsonNodeFactory.instance.textNode("offline-" + w.name().orElse("")));
      }
      return b.build();
    });
  }

  /** Quantities in the forms people write: millicores or whole cores. */
  static String cpu(int millis) {
    return millis % 1000 == 0 ? Integer.toString(millis / 1000) : millis + "m";
  }

  /** Mebibytes, or gibibytes when whole. */
  static String memory(int mebibytes) {
    return mebibytes % 1024 == 0 ? (mebibytes / 1024) + "Gi" : mebibytes + "Mi";
  }

  private static List<WriterSpec> uniquelyNamed(List<WriterSpec> writers) {
    List<WriterSpec> out = new ArrayList<>();
    for (int i = 0; i < writers.size(); i++) {
      WriterSpec w = writers.get(i);
      out.add(WriterSpec.builder().from(w).name(w.name().orElse("w") + "-" + i).build());
    }
    return out;
  }

  static PersistenceDocument pubsubWithEveryBus() {
    PersistenceDocument d = SampleDocuments.pubsub();
    return PersistenceDocument.builder().from(d)
        .commonPersistenceSpecs(new CommonPersistenceSpecs.Builder().from(d.specs())
            .usageEventsSubscriptionId("usage-bus-sub")
            .usageBusTopicId("usage-bus")
            .queryLogSubscriptionId("query-log-bus-sub")
            .queryLogResultTopic("query-log-bus")
            .vectorStoreSubscriptionId("vector-store-bus-sub")
            .build())
        .build();
  }

  // ---- single faults ------------------------------------------------------------------------

  /** A fault: from a valid document and a random number, one mutation with its expected problem. */
  @FunctionalInterface
  public interface Fault {
    Mutation apply(PersistenceDocument valid, int random);
  }

  /** Every fault this class knows, each breaking exactly one rule. */
  public static List<Fault> faults() {
    return faults(WriterTypeRegistry.builtIn());
  }

  private static List<Fault> faults(WriterTypeRegistry registry) {
    return List.of(
        (d, n) -> common(d, c -> c.namespace(Optional.empty()), "namespace", ProblemType.Required, "namespace removed"),
        (d, n) -> common(d, c -> c.namespace("Bad_Namespace" + n), "namespace", ProblemType.Invalid, "namespace not a DNS label"),
        (d, n) -> common(d, c -> c.serviceAccountName(" "), "service_account_name", ProblemType.Required, "service account blank"),
        (d, n) -> common(d, c -> c.busBackend("KAFAK"), "bus_backend", ProblemType.NotSupported, "bus backend misspelt"),
        (d, n) -> common(d, c -> c.secretClient("AZURE"), "secret_client", ProblemType.NotSupported, "secret client unknown"),
        (d, n) -> writer(d, n, (w, b) -> b.name(Optional.empty()), "name", ProblemType.Required, "writer name removed"),
        (d, n) -> writer(d, n, (w, b) -> b.name("x".repeat(64 + n % 20)), "name", ProblemType.TooLong, "writer name too long"),
        (d, n) -> writer(d, n, (w, b) -> b.name("Writer_" + n), "name", ProblemType.Invalid, "writer name not a DNS name"),
        (d, n) -> writer(d, n, (w, b) -> b.busSubscriberType(w.busSubscriberType().orElse("") + "S"),
            "bus_subscriber_type", ProblemType.NotSupported, "writer type misspelt"),
        (d, n) -> writer(d, n, (w, b) -> b.version("1.0 beta"), "version", ProblemType.Invalid, "version not a label value"),
        (d, n) -> writer(d, n, (w, b) -> b.defaultReplicaCount(-1 - n % 100), "default_replica_count",
            ProblemType.Invalid, "negative replicas"),
        (d, n) -> writer(d, n, (w, b) -> b.maxBatchSize(-n % 1000), "max_batch_size", ProblemType.Invalid,
            "batch size below 1"),
        (d, n) -> writer(d, n, (w, b) -> b.pdbMinAvailable(IntOrPercent.of(1)).pdbMaxUnavailable(IntOrPercent.of("25%")),
            "pdb_max_unavailable", ProblemType.Forbidden, "both disruption budget fields"),
        (d, n) -> writer(d, n, (w, b) -> b.additionalEnvVars(java.util.Map.of("WRITER_NAME", "x" + n)),
            "additional_env_vars[WRITER_NAME]", ProblemType.Duplicate, "extra env var named like one of bpctl's"),
        (d, n) -> writer(d, n, (w, b) -> b.request(resources(w.request(), "abc" + n, null)), "request.cpu",
            ProblemType.Invalid, "cpu request not a quantity"),
        (d, n) -> writer(d, n, (w, b) -> b.request(resources(w.request(), null, "1Xi")), "request.memory",
            ProblemType.Invalid, "memory request with a bad suffix"),
        (d, n) -> writer(d, n, (w, b) -> b.request(resources(w.request(), null, (1 + n % 1000) + "Ti")),
            "request.memory", ProblemType.Invalid, "memory request above its limit"),
        DocumentGenerators::duplicateName,
        (d, n) -> setting(d, Setting.BUS_WRITER_IMAGE_PYTHON, "Registry.example.com/Python Writer:" + n,
            ProblemType.Invalid, "python image not an image reference"),
        (d, n) -> setting(d, Setting.BQ_UPLOAD_BUCKET,
            Setting.BQ_UPLOAD_BUCKET.valueIn(d).map(DocumentGenerators::otherCloud).orElse("bucket"),
            ProblemType.Invalid, "upload bucket of the other cloud"),
        DocumentGenerators::placeholder,
        (d, n) -> missingImage(d, n, registry),
        (d, n) -> new Mutation(PersistenceDocument.builder().from(d).writers(List.of()).build(),
            FieldPath.ROOT.child("writers"), ProblemType.Required, "no writers"));
  }

  /** Single-fault mutations of {@link #validDocuments()}. */
  public static Gen<Mutation> singleFaults() {
    return Fixtures.standard().singleFaults();
  }

  static Gen<Mutation> singleFaults(Fixtures fixtures) {
    return validDocuments(fixtures).zip(Generate.pick(faults(fixtures.registry())),
        integers().between(0, Integer.MAX_VALUE - 1), (d, fault, n) -> fault.apply(d, n));
  }

  private static Mutation common(PersistenceDocument d, UnaryOperator<CommonPersistenceSpecs.Builder> change,
      String field, ProblemType type, String fault) {
    CommonPersistenceSpecs specs = change.apply(new CommonPersistenceSpecs.Builder().from(d.specs())).build();
    return new Mutation(PersistenceDocument.builder().from(d).commonPersistenceSpecs(specs).build(),
        COMMON.child(field), type, fault);
  }

  private interface WriterChange {
    WriterSpec.Builder apply(WriterSpec original, WriterSpec.Builder copy);
  }

  private static Mutation writer(PersistenceDocument d, int n, WriterChange change, String field,
      ProblemType type, String fault) {
    int i = Math.floorMod(n, d.writers().size());
    WriterSpec original = d.writers().get(i);
    List<WriterSpec> writers = new ArrayList<>(d.writers());
    writers.set(i, change.apply(original, WriterSpec.builder().from(original)).build());
    FieldPath path = FieldPath.ROOT.child("writers").index(i);
    for (String part : field.split("\\.")) {
      int bracket = part.indexOf('[');
      path = bracket < 0 ? path.child(part)
          : path.child(part.substring(0, bracket)).key(part.substring(bracket + 1, part.length() - 1));
    }
    return new Mutation(PersistenceDocument.builder().from(d).writers(writers).build(), path, type,
        fault + " (writers[" + i + "])");
  }

  private static ResourceSpec resources(Optional<ResourceSpec> base, String cpu, String memory) {
    ResourceSpec.Builder b = new ResourceSpec.Builder().from(base.orElse(ResourceSpec.of("1", "1Gi")));
    if (cpu != null) {
      b.cpu(cpu);
    }
    if (memory != null) {
      b.memory(memory);
    }
    return b.build();
  }

  private static Mutation setting(PersistenceDocument d, Setting s, String value, ProblemType type, String fault) {
    return new Mutation(SettingValues.with(d, s, value), s.path(), type, fault);
  }

  private static String otherCloud(String bucket) {
    return bucket.startsWith("s3://") ? "gs://" + bucket.substring(5) : "s3://" + bucket.substring(bucket.indexOf("://") + 3);
  }

  /** A later writer takes an earlier writer's name (a second writer is added when there is one). */
  private static Mutation duplicateName(PersistenceDocument d, int n) {
    List<WriterSpec> writers = new ArrayList<>(d.writers());
    if (writers.size() < 2) {
      writers.add(writers.get(0));
    }
    int later = 1 + Math.floorMod(n, writers.size() - 1);
    int earlier = Math.floorMod(n / 7, later);
    writers.set(later, WriterSpec.builder().from(writers.get(later)).name(writers.get(earlier).name().get()).build());
    return new Mutation(PersistenceDocument.builder().from(d).writers(writers).build(),
        FieldPath.ROOT.child("writers").index(later).child("name"), ProblemType.Duplicate,
        "writers[" + later + "] named like writers[" + earlier + "]");
  }

  /** A setting the document has goes back to a template placeholder. */
  private static Mutation placeholder(PersistenceDocument d, int n) {
    List<Setting> given = new ArrayList<>();
    for (Setting s : Setting.values()) {
      // A placeholder is text: only text settings can hold one.
      if (s.valueIn(d).isPresent() && s.jsonType() == Setting.JsonType.STRING) {
        given.add(s);
      }
    }
    Setting s = given.get(Math.floorMod(n, given.size()));
    String value = "<your " + s.jsonName().replace('_', ' ') + " here>";
    return setting(d, s, value, ProblemType.Invalid, s.jsonName() + " back to a placeholder");
  }

  /** The image a configured writer runs is removed. */
  private static Mutation missingImage(PersistenceDocument d, int n, WriterTypeRegistry registry) {
    WriterSpec w = d.writers().get(Math.floorMod(n, d.writers().size()));
    ImageFamily family = registry.find(w.busSubscriberType().get())
        .flatMap(WriterType::image).orElseThrow();
    return new Mutation(SettingValues.with(d, family.imageSetting(), null), family.imageSetting().path(),
        ProblemType.Required, family.imageSetting().jsonName() + " removed");
  }

  // ---- arbitrary documents --------------------------------------------------------------------

  /** Values that have broken parsers before: empty, blank, placeholders, odd quantities, huge, odd Unicode. */
  private static final List<String> AWKWARD = List.of("", " ", "<x>", "<", ">", "<<>>", "KAFKA", "PUBSUB", "AWS",
      "1", "0", "-1", "1Gi", "1Xi", "1e999999", "1E-999999", ".", "5.", "+.5m", "0x10", "NaN", "\u0000", "s3://",
      "gs://a", "s3://a/b", "a:b@c", "registry:5000/a:b@sha256:", "ONLINE_WRITER", "\uD83D\uDE00", "a".repeat(300),
      "-".repeat(64), "writers[0]", "\n", "true");

  /** Any string: awkward values half of the time, any code points otherwise. */
  public static Gen<String> anyStrings() {
    return Generate.pick(AWKWARD).mix(strings().allPossible().ofLengthBetween(0, 40));
  }

  /**
   * Documents with any value of the right JSON type (or nothing) in every field the format defines,
   * unknown fields at every level and 0 to 4 writers: nothing about them is valid, and validation
   * and rendering must still never throw. Driven by the model's shape, so every field is covered.
   */
  public static Gen<PersistenceDocument> arbitraryDocuments() {
    return arbitraryDocumentJson().map(DocumentGenerators::read);
  }

  /** The JSON form of {@link #arbitraryDocuments()}, for tests that start from text. */
  public static Gen<ObjectNode> arbitraryDocumentJson() {
    return new ShapedJson(anyStrings()).documents();
  }

  private static PersistenceDocument read(ObjectNode json) {
    ReadResult read = DocumentReader.read(json.toString());
    return read.document().orElseThrow(() -> new IllegalStateException(
        "a generated document did not read back: " + read.problems()));
  }
}
