package io.bgpersistence.kafka.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.bgpersistence.model.PersistenceJson;
import io.bgpersistence.model.SecretValue;
import java.util.Objects;

/**
 * A SASL user name and password, read from the secret manager's value of the secret that
 * {@code kafka_sasl_secret} names, in the form AWS Secrets Manager holds SCRAM secrets for MSK:
 * {@code {"username": "…", "password": "…"}}. The password stays a {@link SecretValue}: this
 * value's {@code toString()} and every error message leave it out.
 */
final class SaslCredential {

  private final String username;
  private final SecretValue password;

  /**
   * A credential.
   *
   * @param username the SASL user name
   * @param password the password, masked when printed
   */
  public SaslCredential(String username, SecretValue password) {
    this.username = Objects.requireNonNull(username, "username");
    this.password = Objects.requireNonNull(password, "password");
  }

  /**
   * Reads {@code {"username": "…", "password": "…"}}; other fields (MSK adds none) are ignored.
   *
   * @param secret the secret manager's value
   * @return the credential
   * @throws KafkaSettingsException when the value is not such an object (the message quotes none of it)
   */
  public static SaslCredential parse(SecretValue secret) {
    JsonNode root;
    try {
      root = PersistenceJson.mapper().reader().with(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .readTree(secret.reveal());
    } catch (JsonProcessingException e) {
      if (String.valueOf(e.getOriginalMessage()).startsWith("Duplicate field")) {
        // Which value would be used is a guess: neither is.
        throw new KafkaSettingsException("the SASL credential gives a field twice: expected "
            + "{\"username\": \"...\", \"password\": \"...\"}");
      }
      // Jackson's message quotes the input: say only what shape was expected.
      throw new KafkaSettingsException("the SASL credential is not JSON: expected "
          + "{\"username\": \"...\", \"password\": \"...\"}");
    }
    if (root == null || !root.isObject()) {
      throw new KafkaSettingsException("the SASL credential must be a JSON object: "
          + "{\"username\": \"...\", \"password\": \"...\"}");
    }
    return new SaslCredential(text(root, "username"), new SecretValue(text(root, "password")));
  }

  private static String text(JsonNode root, String field) {
    JsonNode node = root.get(field);
    if (node == null || !node.isTextual() || node.asText().isEmpty()) {
      throw new KafkaSettingsException("the SASL credential has no \"" + field + "\" (a non-empty string): "
          + "expected {\"username\": \"...\", \"password\": \"...\"}");
    }
    return node.asText();
  }

  /**
   * The user name.
   *
   * @return the SASL user name
   */
  public String username() {
    return username;
  }

  /**
   * The password.
   *
   * @return the password, masked when printed
   */
  public SecretValue password() {

    return password;
  }

  @Override
  public String toString() {
    return "SaslCredential[username=" + username + ", password=" + password + "]";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SaslCredential other && username.equals(other.username) && password.equals(other.password);
  }

  @Override
  public int hashCode() {
    return Objects.hash(username, password);
  }
}
