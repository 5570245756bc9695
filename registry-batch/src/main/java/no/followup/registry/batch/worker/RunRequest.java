package no.followup.registry.batch.worker;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The runner's command line: {@code --job=}, {@code --asOf=} and optionally {@code --run=} (a
 * number, 1 unless given) name one run; every other argument goes to Spring (e.g. {@code
 * --spring.datasource.url=}). The same three values always mean the same run, so running the same
 * command again after a crash resumes that run; a new {@code --run} starts a fresh one.
 */
record RunRequest(String job, LocalDate asOf, long run, String[] springArguments) {

  static RunRequest parse(String[] args) {
    String job = null;
    LocalDate asOf = null;
    long run = 1;
    List<String> spring = new ArrayList<>();
    for (String arg : args) {
      if (arg.startsWith("--job=")) {
        job = arg.substring("--job=".length());
      } else if (arg.startsWith("--asOf=")) {
        asOf = date(arg.substring("--asOf=".length()));
      } else if (arg.startsWith("--run=")) {
        run = number(arg.substring("--run=".length()));
      } else {
        spring.add(arg);
      }
    }
    if (job == null || job.isBlank() || asOf == null) {
      throw new IllegalArgumentException(
          "usage: --job=<nationalAggregation|followUpCompleteness|safetySignals|dataQuality>"
              + " --asOf=<yyyy-mm-dd> [--run=<n>]");
    }
    return new RunRequest(job, asOf, run, spring.toArray(String[]::new));
  }

  private static LocalDate date(String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("--asOf must be a date like 2026-06-30", e);
    }
  }

  private static long number(String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--run must be a number", e);
    }
  }
}
