package io.bgpersistence.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.yaml.snakeyaml.Yaml;

/**
 * Any string written into the YAML reads back as the same string under YAML 1.1 (SnakeYAML, whose
 * resolver knows yes/no/on/off, sexagesimal 12:30, 0x and 0 octal), the dialect older cluster
 * tooling reads: a setting value never turns into a number or a boolean on the way to the cluster.
 */
class YamlQuotingPropertyTest {
  private static final List<String> TRICKY = List.of("yes", "No", "ON", "off", "y", "N", "true", "Null", "~", "0755",
      "1e3", "0x1F", "1_000", "12:30", "190:20:30", "-", "", " lead", "trail ", "a: b", "#x", "1.0", ".5", "+1", "0o17",
      ".NaN", ".inf", "-.inf", "=", "<<", "2026-11-25", "0b101", "@x", "`x", "!x", "&x", "*x", "|", ">", "%x", "a #b");

  @Test
  void everyStringReadsBackAsItselfUnderYaml11() {
    Gen<String> tricky = Generate.pick(TRICKY);
    Gen<String> random = strings().betweenCodePoints(0x20, 0x7e).ofLengthBetween(0, 12);
    Gen<String> digitsAndPunctuation = strings().betweenCodePoints('+', ':').ofLengthBetween(1, 8);
    Gen<String> values = Generate.frequency(
        org.quicktheories.api.Pair.of(1, tricky), org.quicktheories.api.Pair.of(2, random),
        org.quicktheories.api.Pair.of(2, digitsAndPunctuation));
    qt().withExamples(Integer.getInteger("qt.examples", 1000)).forAll(values).checkAssert(value -> {
      ConfigMap cm = new ConfigMapBuilder().withNewMetadata().withName("x").endMetadata()
          .withData(Map.of("KEY", value)).build();
      Map<?, ?> read = new Yaml().load(KubernetesText.yaml(List.of(cm)));
      assertEquals(value, ((Map<?, ?>) read.get("data")).get("KEY"));
    });
  }
}
