package io.bgpersistence.pubsub.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * bpctl instantiates every extension through ServiceLoader on each run, most of which never talk to
 * Pub/Sub: finding this module's extensions (and asking their id, rules and applicability) must not
 * load Google's client or gRPC. Checked in a fresh class loader that records every class it loads.
 */
class ColdPathTest {
  private static final List<String> HEAVY = List.of("com.google.cloud.", "com.google.api.gax.", "io.grpc.",
      "com.google.pubsub.", "com.google.protobuf.");

  /** A class loader over the test class path that remembers what it was asked to load. */
  private static final class Recording extends URLClassLoader {
    final Set<String> loaded = ConcurrentHashMap.newKeySet();

    Recording(URL[] urls) {
      super(urls, ClassLoader.getPlatformClassLoader());
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      loaded.add(name);
      return super.loadClass(name, resolve);
    }
  }

  @Test
  void findingTheExtensionsLoadsNothingOfGooglesClient() throws Exception {
    try (Recording loader = new Recording(classPath())) {
      List<String> ids = new ArrayList<>();
      for (String spi : List.of("io.bgpersistence.validation.ValidationExtension",
          "io.bgpersistence.render.RenderExtension", "io.bgpersistence.preflight.PreflightExtension")) {
        Class<?> type = Class.forName(spi, false, loader);
        for (Object extension : ServiceLoader.load(type, loader)) {
          if (extension.getClass().getName().startsWith("io.bgpersistence.pubsub.")) {
            ids.add(spi.substring(spi.lastIndexOf('.') + 1) + ":" + type.getMethod("id").invoke(extension));
            if (spi.endsWith("ValidationExtension")) {
              type.getMethod("rules").invoke(extension); // the rules themselves are built too
            }
          }
        }
      }
      assertEquals(List.of("ValidationExtension:pubsub", "RenderExtension:pubsub", "PreflightExtension:pubsub"), ids);
      assertTrue(loader.loaded.contains("io.bgpersistence.pubsub.ResourceNameRule"), "the recording works");
      List<String> heavy = loader.loaded.stream().filter(n -> HEAVY.stream().anyMatch(n::startsWith)).sorted().toList();
      assertEquals(List.of(), heavy);
    }
  }

  private static URL[] classPath() throws MalformedURLException {
    List<URL> urls = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      urls.add(new File(entry).toURI().toURL());
    }
    return urls.toArray(URL[]::new);
  }
}
