package io.bgpersistence.model;

/** Where the secrets the document names are kept. */
public enum SecretClient implements WireValue {
  AWS,
  GCP;

  @Override
  public String wireName() {
    return name();
  }
}
