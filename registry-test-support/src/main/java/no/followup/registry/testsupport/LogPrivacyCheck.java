package no.followup.registry.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;

/**
 * Runs after a module's tests (Maven's {@code verify} phase): reads every log the test run wrote
 * and fails the build if any holds something that is a valid Norwegian national ID number (11
 * digits alone, both mod-11 check digits right; every number the tests use is one). A finding names
 * the file and line, never the number. A run that logged nothing fails too: the check would prove
 * nothing.
 */
public final class LogPrivacyCheck {

  private static final Pattern ELEVEN_DIGITS =
      Pattern.compile("(?<![0-9A-Za-z])\\d{11}(?![0-9A-Za-z])");
  private static final int[] K1 = {3, 7, 6, 1, 8, 9, 4, 5, 2};
  private static final int[] K2 = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

  private LogPrivacyCheck() {}

  /** A line holding a national ID number. */
  public record Finding(Path file, int line) {}

  public static void main(String[] args) {
    List<Path> logs = new ArrayList<>();
    for (String arg : args) {
      logs.addAll(logsIn(Path.of(arg)));
    }
    long bytes = logs.stream().mapToLong(LogPrivacyCheck::size).sum();
    if (bytes == 0) {
      throw new IllegalStateException(
          "no test logs found in " + List.of(args) + ": nothing was checked");
    }
    List<Finding> findings = new ArrayList<>();
    for (Path log : logs) {
      findings.addAll(scan(log));
    }
    if (!findings.isEmpty()) {
      throw new IllegalStateException(
          findings.size()
              + " log line(s) hold a national ID number, first: "
              + findings.subList(0, Math.min(5, findings.size())));
    }
    LoggerFactory.getLogger(LogPrivacyCheck.class)
        .info("{} log file(s), {} bytes: no national ID number", logs.size(), bytes);
  }

  public static List<Finding> scan(Path log) {
    List<Finding> findings = new ArrayList<>();
    try (Stream<String> lines = Files.lines(log, StandardCharsets.ISO_8859_1)) {
      int[] number = {0};
      lines.forEach(
          line -> {
            number[0]++;
            Matcher m = ELEVEN_DIGITS.matcher(line);
            while (m.find()) {
              if (isNationalIdNumber(m.group())) {
                findings.add(new Finding(log, number[0]));
                return;
              }
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return findings;
  }

  /** Both check digits right (the first with the 2032 rule's four allowed remainders). */
  public static boolean isNationalIdNumber(String digits) {
    int first = weighted(digits, K1) + (digits.charAt(9) - '0');
    int second = weighted(digits, K2) + (digits.charAt(10) - '0');
    return first % 11 <= 3 && second % 11 == 0;
  }

  private static int weighted(String digits, int[] weights) {
    int sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += (digits.charAt(i) - '0') * weights[i];
    }
    return sum;
  }

  private static List<Path> logsIn(Path path) {
    if (Files.isRegularFile(path)) {
      return List.of(path);
    }
    if (!Files.isDirectory(path)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(path, 2)) {
      return files.filter(f -> f.toString().endsWith(".log")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
