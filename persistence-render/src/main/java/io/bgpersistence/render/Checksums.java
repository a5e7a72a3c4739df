package io.bgpersistence.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.fabric8.kubernetes.api.model.EnvVar;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The pod-template checksum: SHA-256 of the canonical JSON of exactly what a pod reads (the shared
 * ConfigMap it imports and its own environment), so a changed setting rolls only its readers.
 */
final class Checksums {
  /** The pod-template annotation that carries it. */
  static final String ANNOTATION = Labels.SETTINGS_CHECKSUM;

  private final MessageDigest afterConfig;

  private Checksums(MessageDigest afterConfig) {
    this.afterConfig = afterConfig;
  }

  /**
   * The checksums of the pods that import this shared ConfigMap data. What is hashed is the JSON
   * {@code {"config":{…},"env":[…]}}; the shared part is hashed once per fleet, not once per writer.
   */
  static Checksums importing(Map<String, String> sharedConfig) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update("{\"config\":".getBytes(StandardCharsets.UTF_8));
      digest.update(KubernetesText.JSON.writeValueAsBytes(sharedConfig));
      digest.update(",\"env\":".getBytes(StandardCharsets.UTF_8));
      return new Checksums(digest);
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      // Strings always serialize, and every JVM has SHA-256.
      throw new IllegalStateException("cannot compute the settings checksum", e);
    }
  }

  /** The checksum of a pod with this environment. */
  String of(List<EnvVar> env) {
    try {
      MessageDigest digest = (MessageDigest) afterConfig.clone();
      digest.update(KubernetesText.JSON.writeValueAsBytes(env));
      digest.update((byte) '}');
      return "sha256:" + HexFormat.of().formatHex(digest.digest());
    } catch (JsonProcessingException | CloneNotSupportedException e) {
      // fabric8 beans always serialize, and the JDK's SHA-256 can be cloned.
      throw new IllegalStateException("cannot compute the settings checksum", e);
    }
  }
}
