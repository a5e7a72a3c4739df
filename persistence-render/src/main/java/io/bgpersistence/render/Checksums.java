package io.bgpersistence.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.fabric8.kubernetes.api.model.EnvVar;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pod-template checksum: SHA-256 of the canonical JSON of exactly what a pod reads (the shared
 * ConfigMap it imports and its own environment), so a changed setting rolls only its readers.
 */
final class Checksums {
  /** The pod-template annotation that carries it. */
  static final String ANNOTATION = Labels.SETTINGS_CHECKSUM;

  private Checksums() {}

  static String of(Map<String, String> sharedConfig, List<EnvVar> env) {
    Map<String, Object> read = new LinkedHashMap<>();
    read.put("config", sharedConfig);
    read.put("env", env);
    try {
      byte[] json = KubernetesText.JSON.writeValueAsBytes(read);
      return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      // Strings and fabric8 beans always serialize, and every JVM has SHA-256.
      throw new IllegalStateException("cannot compute the settings checksum", e);
    }
  }
}
