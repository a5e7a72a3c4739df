package io.bgpersistence.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bgpersistence.testing.SampleDocuments;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The installation page's example, placeholders filled in, renders to exactly these objects. */
class SeedExampleRenderTest {
  private final RenderedObjects rendered =
      Renderer.standard().render(SampleDocuments.kafkaSeedFilledIn()).objects();

  @Test
  void rendersTheServiceAccountTheConfigMapAndOneDeploymentPerWriterInOrder() {
    List<HasMetadata> objects = rendered.objects();
    assertEquals(List.of(
            "ServiceAccount/background-persistence-sa",
            "ConfigMap/background-persistence-config",
            "Deployment/go-metrics-bus-writer",
            "Deployment/go-result-bus-metrics-writer"),
        objects.stream().map(o -> o.getKind() + "/" + o.getMetadata().getName()).toList());
    objects.forEach(o -> assertEquals("background-persistence", o.getMetadata().getNamespace()));
  }

  @Test
  void goMetricsBusWriterIsExactlyThisDeployment() {
    assertWriter(deployment("go-metrics-bus-writer"), "go-metrics-bus-writer", "go-metrics-bus-writer",
        "GO_METRICS_BUS_WRITER", "200m", "512Mi", "1", "512Mi",
        List.of(env("METRICS_BUS_SUBSCRIPTION_ID", "metrics-bus-1")));
  }

  @Test
  void goResultBusMetricsWriterIsExactlyThisDeployment() {
    assertWriter(deployment("go-result-bus-metrics-writer"), "go-result-bus-metrics-writer",
        "go-result-bus-metrics-writer", "GO_RESULT_BUS_METRICS_WRITER", "400m", "1024Mi", "1", "1024Mi",
        List.of(env("RESULT_BUS_METRICS_SUBSCRIPTION_ID", "result-bus-1"),
            env("METRICS_BUS_TOPIC_ID", "metrics-bus-1")));
  }

  @Test
  void sharedSettingsAreInTheConfigMapAndNoWriterSpecificOrBackendSettingIs() {
    ConfigMap cm = (ConfigMap) rendered.objects().get(1);
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("BUS_BACKEND", "KAFKA");
    expected.put("NAMESPACE", "background-persistence");
    expected.put("SERVICE_ACCOUNT_NAME", "background-persistence-sa");
    expected.put("SECRET_CLIENT", "AWS");
    expected.put("OPERATION_SUBSCRIPTION_ID", "operation-bus-1");
    expected.put("METADATA_PROVIDER", "GRPC_SERVER");
    assertEquals(expected, cm.getData());
    assertEquals(List.copyOf(expected.keySet()), List.copyOf(cm.getData().keySet()), "ConfigMap key order");
  }

  @Test
  void theServiceAccountMountsNoToken() {
    ServiceAccount sa = (ServiceAccount) rendered.objects().get(0);
    assertFalse(sa.getAutomountServiceAccountToken());
    assertEquals(fleetLabels("service-account"), sa.getMetadata().getLabels());
  }

  @Test
  void theWholeRenderingMatchesTheGoldenFile() throws Exception {
    Golden.assertMatches("kafka-seed-filled-in.yaml", rendered.toYaml());
    Golden.assertMatches("kafka-seed-filled-in.json", rendered.toJson());
  }

  /** Streamed output (UTF-8 bytes, flushed, object by object) is the golden text byte for byte. */
  @Test
  void streamedRenderingMatchesTheGoldenFileByteForByte() throws Exception {
    java.io.ByteArrayOutputStream yaml = new java.io.ByteArrayOutputStream();
    rendered.writeYaml(yaml);
    Golden.assertMatches("kafka-seed-filled-in.yaml", yaml.toString(java.nio.charset.StandardCharsets.UTF_8));
    java.io.ByteArrayOutputStream json = new java.io.ByteArrayOutputStream();
    rendered.writeJson(json);
    Golden.assertMatches("kafka-seed-filled-in.json", json.toString(java.nio.charset.StandardCharsets.UTF_8));
  }

  private Deployment deployment(String name) {
    return rendered.objects().stream()
        .filter(o -> o instanceof Deployment && o.getMetadata().getName().equals(name))
        .map(Deployment.class::cast).findFirst().orElseThrow();
  }

  private static void assertWriter(Deployment d, String name, String component, String type,
      String reqCpu, String reqMem, String limCpu, String limMem, List<EnvVar> ownSettings) {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("app.kubernetes.io/name", name);
    labels.put("app.kubernetes.io/component", component);
    labels.put("app.kubernetes.io/part-of", "background-persistence");
    labels.put("app.kubernetes.io/managed-by", "bpctl");
    labels.put("app.kubernetes.io/version", "1.0");
    assertEquals(labels, d.getMetadata().getLabels());
    assertEquals(labels, d.getSpec().getTemplate().getMetadata().getLabels());
    assertEquals(Map.of("app.kubernetes.io/name", name, "app.kubernetes.io/part-of", "background-persistence"),
        d.getSpec().getSelector().getMatchLabels());
    assertEquals(1, d.getSpec().getReplicas());
    assertTrue(d.getSpec().getTemplate().getMetadata().getAnnotations()
        .get("bgpersistence.io/settings-checksum").matches("sha256:[0-9a-f]{64}"));

    PodSpec pod = d.getSpec().getTemplate().getSpec();
    assertEquals("background-persistence-sa", pod.getServiceAccountName());
    assertFalse(pod.getAutomountServiceAccountToken());
    assertTrue(pod.getSecurityContext().getRunAsNonRoot());
    assertEquals(65532L, pod.getSecurityContext().getRunAsUser());
    assertEquals("RuntimeDefault", pod.getSecurityContext().getSeccompProfile().getType());
    assertEquals(1, pod.getVolumes().size());
    assertEquals("tmp", pod.getVolumes().get(0).getName());
    assertTrue(pod.getVolumes().get(0).getEmptyDir() != null);
    assertNull(pod.getHostNetwork());

    assertEquals(1, pod.getContainers().size());
    Container c = pod.getContainers().get(0);
    assertEquals("writer", c.getName());
    assertEquals(SampleDocuments.GO_IMAGE, c.getImage());
    assertEquals(Map.of("cpu", new Quantity(reqCpu), "memory", new Quantity(reqMem)), c.getResources().getRequests());
    assertEquals(Map.of("cpu", new Quantity(limCpu), "memory", new Quantity(limMem)), c.getResources().getLimits());
    assertEquals(reqCpu, c.getResources().getRequests().get("cpu").toString(), "quantities are written as given");

    List<EnvVar> env = new java.util.ArrayList<>(List.of(env("WRITER_NAME", name), env("BUS_SUBSCRIBER_TYPE", type)));
    env.addAll(ownSettings);
    assertEquals(env, c.getEnv());
    assertEquals(1, c.getEnvFrom().size());
    assertEquals("background-persistence-config", c.getEnvFrom().get(0).getConfigMapRef().getName());

    assertFalse(c.getSecurityContext().getAllowPrivilegeEscalation());
    assertFalse(c.getSecurityContext().getPrivileged());
    assertTrue(c.getSecurityContext().getReadOnlyRootFilesystem());
    assertTrue(c.getSecurityContext().getRunAsNonRoot());
    assertEquals(List.of("ALL"), c.getSecurityContext().getCapabilities().getDrop());
    assertEquals("RuntimeDefault", c.getSecurityContext().getSeccompProfile().getType());
    assertEquals("/tmp", c.getVolumeMounts().get(0).getMountPath());
  }

  private static EnvVar env(String name, String value) {
    return new EnvVar(name, value, null);
  }

  private static Map<String, String> fleetLabels(String component) {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("app.kubernetes.io/name", "background-persistence");
    labels.put("app.kubernetes.io/component", component);
    labels.put("app.kubernetes.io/part-of", "background-persistence");
    labels.put("app.kubernetes.io/managed-by", "bpctl");
    return labels;
  }
}
