package io.bgpersistence.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The tool as shipped (bpctl's shaded jar, after {@code package}) writes fabric8's classes from
 * the render module's stored plans: a plan is used only for the very class files it was made from,
 * so a build that changed them in the jar (a relocation, say) would quietly introspect them all
 * again, and a cold render would lose what the plans save.
 */
class ShippedWritePlansIT {
  private static final Path JAR = Path.of("..", "persistence-cli", "target", "bpctl.jar").toAbsolutePath().normalize();

  @Test
  void theShippedJarWritesADeploymentFromItsPlan() throws Exception {
    try (URLClassLoader loader = new URLClassLoader(new URL[] {JAR.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
      Field json = Class.forName("io.bgpersistence.render.KubernetesText", true, loader).getDeclaredField("JSON");
      json.setAccessible(true);
      Object mapper = json.get(null);
      Object provider = mapper.getClass().getMethod("getSerializerProviderInstance").invoke(mapper);
      Class<?> deployment = Class.forName("io.fabric8.kubernetes.api.model.apps.Deployment", false, loader);
      Object serializer = provider.getClass().getMethod("findValueSerializer", Class.class).invoke(provider, deployment);
      assertEquals("io.bgpersistence.render.PlannedSerializers$Planned", serializer.getClass().getName());
    }
  }
}
