package io.bgpersistence.pubsub.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No credentials at all is a check that could not run; configured ones that cannot be used are a
 * failure; neither quotes the file. (Google's client itself is not started: it would look for a
 * metadata server on the network.)
 */
class CredentialsProblemTest {
  @TempDir Path home;

  @Test
  void aBrokenCredentialsFileIsConfiguredAndNotQuoted() throws Exception {
    Path file = Files.writeString(home.resolve("key.json"), "{\"private_key\": \"KEYDATA-42");
    CredentialsProblem p = CredentialsProblem.of(new IOException("Unexpected end: \"KEYDATA-42"),
        name -> name.equals(CredentialsProblem.CREDENTIALS_ENV) ? file.toString() : null);
    assertTrue(p.configured());
    assertFalse(p.detail().contains("KEYDATA"), p.detail());
    assertFalse(p.detail().contains("\n"), p.detail());
  }

  @Test
  void aNamedFileThatIsNotThereIsConfigured() {
    CredentialsProblem p = CredentialsProblem.of(new IOException("x"),
        name -> name.equals(CredentialsProblem.CREDENTIALS_ENV) ? home.resolve("gone.json").toString() : null);
    assertTrue(p.configured());
    assertEquals(CredentialsProblem.CREDENTIALS_ENV + " names no readable file", p.detail());
  }

  @Test
  void nothingConfiguredIsNotConfigured() {
    String realHome = System.getProperty("user.home");
    System.setProperty("user.home", home.toString());
    try {
      CredentialsProblem p = CredentialsProblem.of(new IOException("x"), name -> null);
      assertFalse(p.configured());
    } finally {
      System.setProperty("user.home", realHome);
    }
  }
}
