package io.bgpersistence.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bgpersistence.model.BusPair;
import io.bgpersistence.model.DocumentReader;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.PersistenceJson;
import io.bgpersistence.model.Setting;
import io.bgpersistence.model.WriterSpec;
import io.bgpersistence.model.WriterTypeRegistry;
import io.bgpersistence.testing.SampleDocuments;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bus setting of the table, one at a time: renaming it (with its pair's other half, which
 * must stay the same topic under Kafka) changes the checksum of exactly the writers whose type reads
 * it, or of every writer when no type reads it (it is shared, through the ConfigMap).
 */
class ChecksumPerSettingTest {
  private static final PersistenceDocument FLEET = SampleDocuments.kafka();

  static Stream<Setting> busSettings() {
    return Stream.of(Setting.values())
        .filter(s -> s.backend().isEmpty())
        .filter(s -> s.role() == Setting.Role.SUBSCRIPTION || s.role() == Setting.Role.TOPIC)
        .filter(s -> s.valueIn(FLEET).isPresent());
  }

  @ParameterizedTest
  @MethodSource("busSettings")
  void renamingABusRollsExactlyItsReaders(Setting setting) throws Exception {
    List<Setting> renamed = partners(setting);
    ObjectNode json = (ObjectNode) PersistenceJson.mapper().readTree(PersistenceJson.canonical(FLEET));
    for (Setting s : renamed) {
      ObjectNode parent = s.location() == Setting.Location.COMMON
          ? (ObjectNode) json.get("common_persistence_specs") : json;
      parent.put(s.jsonName(), s.valueIn(FLEET).orElseThrow() + "-renamed");
    }
    PersistenceDocument changed = DocumentReader.read(json.toString()).document().orElseThrow();
    RenderResult after = Renderer.standard().render(changed);
    assertEquals(List.of(), after.report().errors());

    Set<String> readers = new TreeSet<>();
    for (WriterSpec w : FLEET.writers()) {
      List<Setting> read = WriterTypeRegistry.builtIn().find(w.busSubscriberType().orElseThrow()).orElseThrow()
          .settingsRead();
      if (renamed.stream().anyMatch(read::contains)) {
        readers.add(w.name().orElseThrow());
      }
    }
    boolean shared = WriterTypeRegistry.builtIn().all().stream()
        .noneMatch(t -> renamed.stream().anyMatch(t.settingsRead()::contains));
    Set<String> expected = shared ? allWriters() : readers;
    assertEquals(expected, RenderedChecksums.changed(Renderer.standard().render(FLEET).objects(), after.objects()),
        setting + (shared ? " is shared" : " is read by " + readers));
  }

  private static List<Setting> partners(Setting s) {
    for (BusPair p : BusPair.ALL) {
      if (p.subscription() == s || p.topic() == s) {
        return List.of(p.subscription(), p.topic());
      }
    }
    return List.of(s);
  }

  private static Set<String> allWriters() {
    Set<String> out = new TreeSet<>();
    FLEET.writers().forEach(w -> out.add(w.name().orElseThrow()));
    return out;
  }
}
