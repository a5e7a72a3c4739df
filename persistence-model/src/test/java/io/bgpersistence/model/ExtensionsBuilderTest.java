package io.bgpersistence.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How every builder chooses its extensions. This test class path's META-INF/services lists, for
 * {@link Probe}: two that load (ids "b" and "a", in that order), one whose constructor throws, and
 * a class that does not exist.
 */
class ExtensionsBuilderTest {
  /** A kind of extension only this test knows. */
  public interface Probe extends Extension {}

  /** Found by ServiceLoader. */
  public static final class B implements Probe {
    @Override
    public String id() {
      return "b";
    }
  }

  /** Found by ServiceLoader. */
  public static final class A implements Probe {
    @Override
    public String id() {
      return "a";
    }
  }

  /** Listed, but cannot be made. */
  public static final class Broken implements Probe {
    public Broken() {
      throw new IllegalStateException("cannot start");
    }

    @Override
    public String id() {
      return "broken";
    }
  }

  private static final class Builder extends ExtensionsBuilder<Probe, Builder> {
    final List<String> faults = new ArrayList<>();

    Builder() {
      super(Probe.class);
    }

    List<String> ids() {
      return chosen((origin, message) -> faults.add(origin)).stream().map(Extension::id).toList();
    }
  }

  private static Probe probe(String id) {
    return () -> id;
  }

  @Test
  void discoveredAndAddedExtensionsComeInTheOrderOfTheirIds() {
    assertEquals(List.of("a", "b", "c"), new Builder().addExtension(probe("c")).ids());
  }

  @Test
  void anAddedExtensionReplacesTheDiscoveredOneOfItsId() {
    Probe configured = probe("a");
    Builder b = new Builder().addExtension(configured);
    assertTrue(b.chosen((o, m) -> { }).contains(configured));
  }

  @Test
  void extensionsAreLeftOutByIdWhicheverWayTheyCame() {
    assertEquals(List.of("b"), new Builder().addExtension(probe("c")).withoutExtension("a").withoutExtension("c").ids());
    assertEquals(List.of("c"), new Builder().withoutServiceLoader().addExtension(probe("c")).ids());
  }

  @Test
  void aListedClassThatCannotBeMadeIsReportedAndTheOthersStillLoad() {
    Builder b = new Builder();
    assertEquals(List.of("a", "b"), b.ids());
    assertTrue(b.faults.contains(Broken.class.getName()), b.faults.toString());
    assertTrue(b.faults.size() >= 2, "the missing class too: " + b.faults);
  }

  @Test
  void aFaultNamesTheExtensionAndNotTheFaultsMessage() {
    String m = ExtensionsBuilder.fault("kafka", new IllegalArgumentException("password=hunter2"));
    assertTrue(m.contains("\"kafka\"") && m.contains("IllegalArgumentException"), m);
    assertTrue(!m.contains("hunter2"), m);
  }
}
