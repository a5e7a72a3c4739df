package io.bgpersistence.model;

/** Where the secrets the document names are kept. */
public enum SecretClient implements WireValue {
  /** AWS Secrets Manager. */
  AWS,
  /** Google Secret Manager. */
  GCP;


  @Override
  public String wireName() {
    return name();
  }
}
