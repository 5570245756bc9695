package no.followup.registry.export.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The counts a dataset publishes, each under a key, and the sums that hold between them (a region
 * is the sum of its sites; enrolled is active + withdrawn + discontinued; …): what a reader could
 * use to work a hidden count out.
 */
public final class CountTable {

  private final Map<String, Long> counts = new LinkedHashMap<>();
  private final List<Sum> sums = new ArrayList<>();

  /** A total and the parts it is the sum of. */
  public record Sum(String total, List<String> parts) {
    public Sum {
      parts = List.copyOf(parts);
    }
  }

  public CountTable count(String key, long value) {
    if (value < 0) {
      throw new IllegalArgumentException("counts are not negative");
    }
    counts.put(key, value);
    return this;
  }

  /** Declares total = sum of parts; every key must be a count already added. */
  public CountTable sum(String total, List<String> parts) {
    for (String key : parts) {
      requireCount(key);
    }
    requireCount(total);
    long sum = parts.stream().mapToLong(counts::get).sum();
    if (sum != counts.get(total)) {
      throw new IllegalArgumentException(total + " is not the sum of its parts");
    }
    sums.add(new Sum(total, parts));
    return this;
  }

  public Map<String, Long> counts() {
    return Map.copyOf(counts);
  }

  public long value(String key) {
    return requireCount(key);
  }

  public List<Sum> sums() {
    return List.copyOf(sums);
  }

  List<String> keys() {
    return new ArrayList<>(counts.keySet());
  }

  private long requireCount(String key) {
    Long value = counts.get(key);
    if (value == null) {
      throw new IllegalArgumentException("no count " + key);
    }
    return value;
  }
}
