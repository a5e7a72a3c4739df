package io.bgpersistence.benchmarks;

/** The JVM floor of the cold-start table: a hello-world, run by {@link ColdStart} with bpctl's flags. */
public final class Hello {
  private Hello() {}

  public static void main(String[] args) {
    System.out.println("hello");
  }
}
