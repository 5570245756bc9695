package no.followup.registry.bench;

import java.util.Arrays;

/** Timing helpers: medians of repeated runs, so one noisy run does not make the figure. */
final class Measured {

  private Measured() {}

  /** Seconds of the median of {@code runs} runs (after one warm-up run). */
  static double medianSeconds(int runs, ThrowingRunnable work) throws Exception {
    work.run();
    double[] seconds = new double[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      work.run();
      seconds[i] = (System.nanoTime() - start) / 1e9;
    }
    Arrays.sort(seconds);
    return seconds[runs / 2];
  }

  /** Work that may throw. */
  @FunctionalInterface
  interface ThrowingRunnable {
    void run() throws Exception;
  }
}
