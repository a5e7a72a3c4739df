package io.bgpersistence.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.PackageVersion;
import io.bgpersistence.testing.SampleDocuments;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Rendering writes the fabric8 classes from plans Jackson made when the module was built: what it
 * writes is what Jackson's own introspection writes, and a plan is used only where it still holds.
 */
class WritePlansTest {
  private static final int EXAMPLES = Integer.getInteger("qt.examples", 500);
  /** Jackson as it is, introspecting every class: what the plans must write. */
  private static final ObjectMapper INTROSPECTING = WritePlans.mapperBuilder().build();
  private final Renderer renderer = Renderer.standard();

  @Test
  void everyRenderedObjectIsWrittenAsJacksonWritesIt() {
    qt().withExamples(EXAMPLES).forAll(GeneratedDocuments.documents(), GeneratedDocuments.options())
        .checkAssert((doc, options) -> {
          for (HasMetadata o : renderer.render(doc, options).objects().objects()) {
            assertEquals(json(INTROSPECTING, o), json(KubernetesText.JSON, o), o.getKind());
            assertEquals(INTROSPECTING.valueToTree(o), KubernetesText.tree(o), o.getKind());
          }
        });
  }

  /** Rendering's mapper writes the planned classes from their plans: else the plans are for nothing. */
  @Test
  void renderingWritesFromThePlans() throws IOException {
    assertTrue(KubernetesText.JSON.getSerializerProviderInstance().findValueSerializer(Deployment.class)
        instanceof PlannedSerializers.Planned);
  }

  /**
   * Values of another type than declared, put in through raw types (by an extension, say), fail
   * as they do in Jackson, at the same place: a list of strings holding a number is not written.
   */
  @Test
  void valuesOfAnotherTypeThanDeclaredFailAsInJackson() {
    ConfigMap config = new ConfigMap();
    config.setMetadata(new ObjectMetaBuilder().withName("c").build());
    @SuppressWarnings({"unchecked", "rawtypes"})
    Map<String, String> raw = (Map) new java.util.LinkedHashMap<>(Map.of("batch.size", 500));
    config.setData(raw);
    Container container = new Container();
    @SuppressWarnings({"unchecked", "rawtypes"})
    List<String> args = (List) new java.util.ArrayList<>(List.of("--x", 7));
    container.setArgs(args);
    for (Object value : List.of(config, container)) {
      assertEquals(outcome(INTROSPECTING, value), outcome(KubernetesText.JSON, value));
      assertTrue(outcome(KubernetesText.JSON, value).startsWith("fails at "), outcome(KubernetesText.JSON, value));
    }
  }

  /** A bean holding itself, planned the way the build plans fabric8's classes. */
  public static final class Node {
    private final String name;
    private Object next;

    Node(String name) {
      this.name = name;
    }

    public String getName() {
      return name;
    }

    public Object getNext() {
      return next;
    }
  }

  /** A value that is its own bean fails, or is written as null, as Jackson has it configured. */
  @Test
  void aSelfReferenceIsHandledAsInJackson() throws IOException {
    Map<String, WritePlans.Plan> plans = WritePlans.plansOf(List.of(Node.class), INTROSPECTING);
    assertEquals(Set.of(Node.class.getName()), plans.keySet());
    ObjectMapper planned = WritePlans.mapperBuilder().serializerFactory(new PlannedSerializers(plans)).build();
    assertTrue(planned.getSerializerProviderInstance().findValueSerializer(Node.class)
        instanceof PlannedSerializers.Planned);
    Node node = new Node("a");
    node.next = node;
    assertEquals(outcome(INTROSPECTING, node), outcome(planned, node));
    assertTrue(outcome(planned, node).startsWith("fails at "));
    ObjectMapper asNull = INTROSPECTING.copy().disable(SerializationFeature.FAIL_ON_SELF_REFERENCES)
        .enable(SerializationFeature.WRITE_SELF_REFERENCES_AS_NULL);
    ObjectMapper plannedAsNull = planned.copy().disable(SerializationFeature.FAIL_ON_SELF_REFERENCES)
        .enable(SerializationFeature.WRITE_SELF_REFERENCES_AS_NULL);
    assertEquals("{\"name\":\"a\",\"next\":null}", outcome(asNull, node));
    assertEquals(outcome(asNull, node), outcome(plannedAsNull, node));
  }

  @Test
  void theRenderersClassesArePlannedForTheClassesOnTheClassPath() throws ClassNotFoundException {
    Map<String, WritePlans.Plan> stored = WritePlans.readStored();
    for (String name : List.of("io.fabric8.kubernetes.api.model.apps.Deployment",
        "io.fabric8.kubernetes.api.model.PodSpec", "io.fabric8.kubernetes.api.model.Container",
        "io.fabric8.kubernetes.api.model.EnvVar", "io.fabric8.kubernetes.api.model.ObjectMeta",
        "io.fabric8.kubernetes.api.model.ConfigMap", "io.fabric8.kubernetes.api.model.ServiceAccount",
        "io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget")) {
      assertTrue(stored.containsKey(name), name + " has no plan");
    }
    // fabric8's HasMetadata, in another jar, marks getters @JsonIgnore: a plan depends on it too.
    assertTrue(WritePlans.withSupertypes(Deployment.class).contains(HasMetadata.class));
    // Made from these very class files: a run uses every one of them. The jars' directories,
    // which a run asks, say what the files themselves do.
    for (WritePlans.Plan plan : stored.values()) {
      Class<?> type = Class.forName(plan.className());
      assertEquals(plan.classCrc(), WritePlans.classCrc(type).orElseThrow(), plan.className());
      assertEquals(WritePlans.fileCrc(type), WritePlans.jarCrc(type), plan.className());
    }
  }

  /** An object carrying what only Jackson's own serializer writes (an any-getter's entries). */
  @Test
  void extraPropertiesAreWrittenAsJacksonWritesThem() throws IOException {
    HasMetadata rendered = renderer.render(SampleDocuments.kafka(), new RenderOptions.Builder().build())
        .objects().objects().stream().filter(o -> o instanceof Deployment).findFirst().orElseThrow();
    Deployment d = (Deployment) rendered;
    d.setAdditionalProperty("x-extra", Map.of("a", 1));
    d.getSpec().getTemplate().getSpec().getContainers().get(0).setAdditionalProperty("x-inner", "v");
    assertEquals(json(INTROSPECTING, d), json(KubernetesText.JSON, d));
    assertTrue(json(KubernetesText.JSON, d).contains("x-inner"));
  }

  /** A plan that no longer matches its class (another fabric8 version) is not used. */
  @Test
  void aPlanOfAnotherClassFileIsNotUsed() throws IOException {
    HasMetadata rendered = renderer.render(SampleDocuments.kafka(), new RenderOptions.Builder().build())
        .objects().objects().stream().filter(o -> o instanceof Deployment).findFirst().orElseThrow();
    long crc = WritePlans.classCrc(Deployment.class).orElseThrow();
    WritePlans.Property kindOnly = new WritePlans.Property("kind", "getKind", WritePlans.Inclusion.NON_NULL);
    String name = Deployment.class.getName();
    ObjectMapper stale = WritePlans.mapperBuilder().serializerFactory(new PlannedSerializers(
        Map.of(name, new WritePlans.Plan(name, crc + 1, List.of(kindOnly), Optional.empty())))).build();
    assertEquals(json(INTROSPECTING, rendered), json(stale, rendered));
    // The same plan for the class as it is would be used: the test above is not vacuous.
    ObjectMapper current = WritePlans.mapperBuilder().serializerFactory(new PlannedSerializers(
        Map.of(name, new WritePlans.Plan(name, crc, List.of(kindOnly), Optional.empty())))).build();
    assertEquals("{\"kind\":\"Deployment\"}", json(current, rendered));
  }

  /** Plans made by another Jackson version are not read: its introspection may differ. */
  @Test
  void plansOfAnotherJacksonAreNotRead() throws IOException {
    assertEquals(Set.of("a.B"), WritePlans.read(plansFile(PackageVersion.VERSION.toFullString())).keySet());
    assertTrue(WritePlans.read(plansFile("2.0.0")).isEmpty());
    assertFalse(WritePlans.readStored().isEmpty(), "the build stored no plans");
  }

  private static ByteArrayInputStream plansFile(String jacksonVersion) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeInt(1);
    out.writeUTF(jacksonVersion);
    out.writeInt(1);
    out.writeUTF("a.B");
    out.writeLong(7);
    out.writeUTF("");
    out.writeInt(0);
    out.flush();
    return new ByteArrayInputStream(bytes.toByteArray());
  }

  /** The JSON written, or where writing failed. */
  private static String outcome(ObjectMapper mapper, Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonMappingException e) {
      return "fails at " + e.getPathReference() + ": " + e.getClass().getName() + ": " + e.getOriginalMessage();
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  private static String json(ObjectMapper mapper, Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }
}
