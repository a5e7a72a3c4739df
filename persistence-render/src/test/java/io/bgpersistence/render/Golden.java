package io.bgpersistence.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/golden}. To accept a new output on purpose, run the
 * tests with {@code -Dgolden.update=true} and review the diff before committing.
 */
final class Golden {
  private static final Path DIR = Path.of("src", "test", "resources", "golden");

  private Golden() {}

  static void assertMatches(String name, String actual) throws IOException {
    Path file = DIR.resolve(name);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(DIR);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual,
        "rendering differs from " + file + " (run with -Dgolden.update=true to accept a deliberate change)");
  }
}
