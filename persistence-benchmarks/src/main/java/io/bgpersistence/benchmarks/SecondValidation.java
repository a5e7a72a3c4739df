package io.bgpersistence.benchmarks;

import io.bgpersistence.model.DocumentReader;
import io.bgpersistence.model.ReadResult;
import io.bgpersistence.validation.DocumentValidator;
import java.util.Arrays;

/**
 * The measurement without JMH: in one fresh JVM, how long the first validation of each
 * shipped example takes (Hibernate Validator's start-up included), the second one, and a warm one
 * (the median of 50 batches of 200, so that other load on the machine shows less).
 * Run: {@code java -cp persistence-benchmarks/target/benchmarks.jar io.bgpersistence.benchmarks.SecondValidation}
 */
public final class SecondValidation {
  private static final int BATCHES = 50;
  private static final int PER_BATCH = 200;

  private SecondValidation() {}

  public static void main(String[] args) throws Exception {
    for (String name : new String[] {"seed-example.json", "kafka-example.json"}) {
      ReadResult read = DocumentReader.read(ValidationBenchmark.resource(name));
      long t0 = System.nanoTime();
      int errors = DocumentValidator.standard().validate(read).errors().size();
      long t1 = System.nanoTime();
      DocumentValidator.standard().validate(read);
      long t2 = System.nanoTime();
      double[] batches = new double[BATCHES];
      for (int b = 0; b < BATCHES; b++) {
        long start = System.nanoTime();
        for (int i = 0; i < PER_BATCH; i++) {
          DocumentValidator.standard().validate(read);
        }
        batches[b] = (System.nanoTime() - start) / 1e3 / PER_BATCH;
      }
      Arrays.sort(batches);
      System.out.printf("%s: %d errors; first validation %.1f ms, second %.3f ms, warm %.1f us (median), %.1f us (best)%n",
          name, errors, (t1 - t0) / 1e6, (t2 - t1) / 1e6, batches[BATCHES / 2], batches[0]);
    }
  }
}
