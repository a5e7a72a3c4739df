package io.bgpersistence.testing;

import io.bgpersistence.model.BusBackend;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.Setting;
import io.bgpersistence.model.WriterSpec;
import io.bgpersistence.model.WriterType;
import io.bgpersistence.model.WriterTypeRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.quicktheories.core.Gen;

/**
 * Test fixtures pointed at a service's own world: its writer-type registry (custom types
 * included), its backend, and its rule for naming writers. {@link DocumentGenerators}' static
 * methods are {@link #standard()}'s.
 *
 * <pre>{@code
 * Fixtures mine = Fixtures.standard().registry(myRegistry).backend(BusBackend.KAFKA)
 *     .naming(type -> "team-a-" + type.componentName());
 * qt().forAll(mine.singleFaults()).checkAssert(m -> m.assertCaughtOnlyThere(myValidator.validate(m.document()).errors()));
 * }</pre>
 */
public final class Fixtures {
  private final WriterTypeRegistry registry;
  private final List<BusBackend> backends;
  private final Function<WriterType, String> naming;

  private Fixtures(WriterTypeRegistry registry, List<BusBackend> backends, Function<WriterType, String> naming) {
    this.registry = registry;
    this.backends = List.copyOf(backends);
    this.naming = naming;
  }

  /** The built-in registry, both backends, writers named after their type in kebab case. */
  public static Fixtures standard() {
    return new Fixtures(WriterTypeRegistry.builtIn(), List.of(BusBackend.KAFKA, BusBackend.PUBSUB),
        STANDARD_NAMING);
  }

  /**
   * The same fixtures over another registry: its documented (not inferred) types are generated.
   *
   * @param newRegistry the registry, e.g. {@code WriterTypeRegistry.builtIn().with(myType)}
   * @return new fixtures
   */
  public Fixtures registry(WriterTypeRegistry newRegistry) {
    return new Fixtures(Objects.requireNonNull(newRegistry, "registry"), backends, naming);
  }

  /**
   * The same fixtures on one backend only.
   *
   * @param backend the backend every generated document uses
   * @return new fixtures
   */
  public Fixtures backend(BusBackend backend) {
    return new Fixtures(registry, List.of(backend), naming);
  }

  /**
   * The same fixtures with writers named by a rule of the service's (generators add a suffix to
   * keep names unique); the names must still be Kubernetes names.
   *
   * @param newNaming the writer name of a type
   * @return new fixtures
   */
  public Fixtures naming(Function<WriterType, String> newNaming) {
    return new Fixtures(registry, backends, Objects.requireNonNull(newNaming, "naming"));
  }

  /**
   * A valid document per backend: the backend's sample settings, every setting the registry's
   * types read filled in, and one writer of each documented type.
   *
   * @return the first backend's sample
   */
  public PersistenceDocument sample() {
    PersistenceDocument base = bases().get(0);
    List<WriterSpec> writers = new ArrayList<>();
    for (WriterType t : types()) {
      writers.add(SampleDocuments.writer(naming.apply(t), t.name(), "250m", "512Mi", "1", "1Gi"));
    }
    return base.withWriters(writers);
  }

  /** Valid documents of one to six writers of this registry's types. @return the generator */
  public Gen<PersistenceDocument> validDocuments() {
    return DocumentGenerators.validDocuments(this);
  }

  /** A valid writer of a random type of this registry. @return the generator */
  public Gen<WriterSpec> validWriters() {
    return DocumentGenerators.validWriters(this);
  }

  /** Valid documents with exactly one fault each and the problem it must cause. @return the generator */
  public Gen<Mutation> singleFaults() {
    return DocumentGenerators.singleFaults(this);
  }

  WriterTypeRegistry registry() {
    return registry;
  }

  List<WriterType> types() {
    return registry.all().stream().filter(t -> !t.inferred()).toList();
  }

  String name(WriterType type, String stem) {
    return naming == STANDARD_NAMING ? stem : naming.apply(type);
  }

  /** The base documents, one per backend, with every setting this registry's types read given. */
  List<PersistenceDocument> bases() {
    List<PersistenceDocument> out = new ArrayList<>();
    for (BusBackend b : backends) {
      PersistenceDocument base = b == BusBackend.KAFKA ? SampleDocuments.kafka() : DocumentGenerators.pubsubWithEveryBus();
      for (WriterType t : types()) {
        for (Setting s : t.settingsRead()) {
          if (s.valueIn(base).isEmpty() && s.backend().map(b::equals).orElse(true)) {
            base = SettingValues.with(base, s, fillerFor(s, b));
          }
        }
      }
      out.add(base);
    }
    return out;
  }

  /** A valid value for a setting a type reads: a bus name both backends accept, a member of a closed set. */
  private static String fillerFor(Setting s, BusBackend backend) {
    if (s.jsonType() == Setting.JsonType.BOOLEAN) {
      return "false";
    }
    if (!s.allowedValues().isEmpty()) {
      return s.allowedValues().get(0);
    }
    if (s.role() == Setting.Role.IMAGE) {
      return "registry.example.com/fixture/" + s.jsonName().replace('_', '-') + ":1.0";
    }
    if (s.role() == Setting.Role.BUCKET) {
      return backend == BusBackend.KAFKA ? "s3://fixture-bucket" : "gs://fixture-bucket";
    }
    return "fixture-" + s.jsonName().replace('_', '-').toLowerCase(Locale.ROOT);
  }

  private static final Function<WriterType, String> STANDARD_NAMING = WriterType::componentName;
}
