package io.bgpersistence.model;

public enum Severity {
  ERROR,
  WARNING
}
