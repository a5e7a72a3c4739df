package io.bgpersistence.model;

/** How writers read the feature platform's metadata. */
public enum MetadataProvider implements WireValue {
  GRPC_SERVER;

  @Override
  public String wireName() {
    return name();
  }
}
