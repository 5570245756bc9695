package no.followup.registry.export.disclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * k-anonymity over a release's quasi-identifiers by local suppression: while some rows' class (the
 * rows with the same released values) holds fewer than k people, those rows' next quasi-identifier
 * in the given order is suppressed ({@value #SUPPRESSED}), and the classes counted again. A class
 * of k or more people is never touched, so the rows already safe keep their values. A row with
 * every value suppressed says nothing about its person and is left out of the count.
 */
public final class KAnonymity {

  public static final String SUPPRESSED = "*";

  /** One row's person (people are counted, not rows) and quasi-identifier values. */
  public record Row(String person, List<String> values) {

    public Row {
      values = values.stream().map(v -> v == null ? "" : v).toList();
    }
  }

  /**
   * The rows as released, in the order given, the smallest class of people among them, and how many
   * values were suppressed.
   */
  public record Result(List<Row> rows, int smallestClass, int suppressedValues) {}

  private KAnonymity() {}

  /**
   * @param suppressionOrder the quasi-identifiers' indexes, the first to go first
   */
  public static Result of(List<Row> rows, List<Integer> suppressionOrder, int k) {
    List<List<String>> values = new ArrayList<>();
    rows.forEach(row -> values.add(new ArrayList<>(row.values())));
    int suppressed = 0;
    for (int index : suppressionOrder) {
      Map<List<String>, Integer> sizes = classSizes(rows, values);
      for (List<String> row : values) {
        if (!fullySuppressed(row) && sizes.get(row) < k && !SUPPRESSED.equals(row.get(index))) {
          row.set(index, SUPPRESSED);
          suppressed++;
        }
      }
    }
    List<Row> released = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      released.add(new Row(rows.get(i).person(), List.copyOf(values.get(i))));
    }
    int smallest =
        classSizes(rows, values).entrySet().stream()
            .filter(e -> !fullySuppressed(e.getKey()))
            .mapToInt(Map.Entry::getValue)
            .min()
            .orElse(0);
    return new Result(released, smallest, suppressed);
  }

  /** The number of different people of each class of values. */
  private static Map<List<String>, Integer> classSizes(List<Row> rows, List<List<String>> values) {
    Map<List<String>, Set<String>> people = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      people
          .computeIfAbsent(List.copyOf(values.get(i)), v -> new HashSet<>())
          .add(rows.get(i).person());
    }
    Map<List<String>, Integer> sizes = new HashMap<>();
    people.forEach((key, persons) -> sizes.put(key, persons.size()));
    return sizes;
  }

  private static boolean fullySuppressed(List<String> values) {
    return values.stream().allMatch(SUPPRESSED::equals);
  }
}
