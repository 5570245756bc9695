package no.followup.registry.bench;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

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

  /**
   * Of export runs (rows, seconds, peak heap, file size), the one of median time, with the highest
   * peak heap of all.
   */
  static double[] medianRun(List<double[]> runs) {
    List<double[]> bySeconds =
        runs.stream().sorted(Comparator.comparingDouble(run -> run[1])).toList();
    double[] median = bySeconds.get(bySeconds.size() / 2).clone();
    median[2] = runs.stream().mapToDouble(run -> run[2]).max().orElseThrow();
    return median;
  }

  /** Work that may throw. */
  @FunctionalInterface
  interface ThrowingRunnable {
    void run() throws Exception;
  }
}
