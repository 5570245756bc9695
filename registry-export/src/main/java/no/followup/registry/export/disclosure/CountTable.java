package no.followup.registry.export.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The counts a dataset publishes, each under a key, and the sums that hold between them (a region
 * is the sum of its sites; enrolled is active + withdrawn + discontinued; …): what a reader could
 * use to work a hidden count out.
 */
public final class CountTable<K> {

  private final Map<K, Long> counts = new LinkedHashMap<>();
  private final List<Sum<K>> sums = new ArrayList<>();

  /** A total and the parts it is the sum of. */
  public record Sum<K>(K total, List<K> parts) {
    public Sum {
      parts = List.copyOf(parts);
    }
  }

  public CountTable<K> count(K key, long value) {
    if (value < 0) {
      throw new IllegalArgumentException("counts are not negative");
    }
    counts.put(key, value);
    return this;
  }

  /** Declares total = sum of parts; every key must be a count already added. */
  public CountTable<K> sum(K total, List<K> parts) {
    for (K key : parts) {
      requireCount(key);
    }
    requireCount(total);
    long sum = parts.stream().mapToLong(counts::get).sum();
    if (sum != counts.get(total)) {
      throw new IllegalArgumentException(total + " is not the sum of its parts");
    }
    sums.add(new Sum<>(total, parts));
    return this;
  }

  /** Declares total = sum of parts only where the figures hold it (they may part, legitimately). */
  public CountTable<K> sumWhereItHolds(K total, List<K> parts) {
    if (value(total) == parts.stream().mapToLong(this::value).sum()) {
      sum(total, parts);
    }
    return this;
  }

  /**
   * Declares, for every figure, each region the sum of its sites and the nation the sum of its
   * regions: the sums a reader of a geographic table could use.
   *
   * @param key the count of a figure for a unit (the nation, a region or a site)
   */
  public <F, U> CountTable<K> rollUp(
      List<F> figures, U nation, Map<U, List<U>> sitesByRegion, BiFunction<F, U, K> key) {
    for (F figure : figures) {
      sitesByRegion.forEach(
          (region, sites) ->
              sum(
                  key.apply(figure, region),
                  sites.stream().map(s -> key.apply(figure, s)).toList()));
      sum(
          key.apply(figure, nation),
          sitesByRegion.keySet().stream().map(r -> key.apply(figure, r)).toList());
    }
    return this;
  }

  public Map<K, Long> counts() {
    return Map.copyOf(counts);
  }

  public long value(K key) {
    return requireCount(key);
  }

  public List<Sum<K>> sums() {
    return List.copyOf(sums);
  }

  List<K> keys() {
    return new ArrayList<>(counts.keySet());
  }

  private long requireCount(K key) {
    Long value = counts.get(key);
    if (value == null) {
      throw new IllegalArgumentException("no count " + key);
    }
    return value;
  }
}
