package io.bgpersistence.model;

/** How writers read the feature platform's metadata. */
public enum MetadataProvider implements WireValue {
  /** The platform's gRPC metadata server. */
  GRPC_SERVER;


  @Override
  public String wireName() {
    return name();
  }
}
