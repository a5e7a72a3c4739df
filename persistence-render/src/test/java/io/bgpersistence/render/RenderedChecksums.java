package io.bgpersistence.render;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.LinkedHashMap;
import java.util.Map;

/** Test helper: writer name -> the checksum annotation on its pod template. */
final class RenderedChecksums {
  private RenderedChecksums() {}

  static Map<String, String> of(RenderedObjects rendered) {
    Map<String, String> out = new LinkedHashMap<>();
    rendered.objects().stream().filter(Deployment.class::isInstance).map(Deployment.class::cast)
        .forEach(d -> out.put(d.getMetadata().getName(),
            d.getSpec().getTemplate().getMetadata().getAnnotations().get(Checksums.ANNOTATION)));
    return out;
  }

  /** The writers whose checksum differs between two renderings of the same fleet. */
  static java.util.Set<String> changed(RenderedObjects before, RenderedObjects after) {
    Map<String, String> a = of(before);
    Map<String, String> b = of(after);
    java.util.Set<String> out = new java.util.TreeSet<>();
    a.forEach((name, sum) -> {
      if (!sum.equals(b.get(name))) {
        out.add(name);
      }
    });
    return out;
  }
}
