package no.followup.registry.export.disclosure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The first pass of secondary suppression (the "hypercube" idea of the statistics offices): a
 * hidden count alone in one of its sums is hidden together with three more counts forming a
 * rectangle with it — one in that sum, one in another sum holding it, and the count where the two
 * meet — choosing the rectangle that hides the least (zeros cost nothing). Rectangles close
 * suppression patterns into cycles locally instead of cascading them through a whole column; the
 * exact linear check in {@link DisclosureControl} then catches whatever they leave determined.
 */
final class Rectangles {

  private final CountTable table;
  private final Map<String, List<CountTable.Sum>> sumsOf = new HashMap<>();

  Rectangles(CountTable table) {
    this.table = table;
    for (CountTable.Sum sum : table.sums()) {
      for (String key : members(sum)) {
        sumsOf.computeIfAbsent(key, k -> new ArrayList<>()).add(sum);
      }
    }
  }

  void close(Set<String> hidden) {
    Deque<String> work = new ArrayDeque<>(hidden);
    while (!work.isEmpty()) {
      String cell = work.poll();
      for (CountTable.Sum sum : sumsOf.getOrDefault(cell, List.of())) {
        if (hiddenIn(sum, hidden) == 1) {
          List<String> added = cheapest(cell, sum, hidden);
          hidden.addAll(added);
          work.addAll(added);
        }
      }
    }
  }

  /** The cheapest further counts that put the cell, alone hidden in the sum, on a rectangle. */
  private List<String> cheapest(String cell, CountTable.Sum alone, Set<String> hidden) {
    List<String> best = List.of();
    long bestCost = Long.MAX_VALUE;
    for (String partner : members(alone)) {
      if (partner.equals(cell)) {
        continue;
      }
      for (CountTable.Sum crossing : sumsOf.get(cell)) {
        if (crossing == alone) {
          continue;
        }
        for (String across : members(crossing)) {
          if (across.equals(cell) || across.equals(partner)) {
            continue;
          }
          for (String corner : corners(partner, alone, across, crossing, cell)) {
            List<String> rectangle = List.of(partner, across, corner);
            long cost = cost(rectangle, hidden);
            if (cost < bestCost) {
              bestCost = cost;
              best = rectangle;
            }
          }
        }
      }
      if (sumsOf.get(cell).size() == 1) {
        List<String> single = List.of(partner);
        long cost = cost(single, hidden);
        if (cost < bestCost) {
          bestCost = cost;
          best = single;
        }
      }
    }
    return best.stream().filter(key -> !hidden.contains(key)).distinct().toList();
  }

  /**
   * Counts sharing a sum (other than the first) with a and a sum (other than the second) with b.
   */
  private Set<String> corners(
      String a, CountTable.Sum notA, String b, CountTable.Sum notB, String cell) {
    Set<String> withA = new LinkedHashSet<>();
    for (CountTable.Sum sum : sumsOf.getOrDefault(a, List.of())) {
      if (sum != notA) {
        withA.addAll(members(sum));
      }
    }
    Set<String> corners = new LinkedHashSet<>();
    for (CountTable.Sum sum : sumsOf.getOrDefault(b, List.of())) {
      if (sum != notB) {
        for (String key : members(sum)) {
          if (withA.contains(key) && !key.equals(a) && !key.equals(b) && !key.equals(cell)) {
            corners.add(key);
          }
        }
      }
    }
    return corners;
  }

  /** What hiding costs: the values newly hidden, and one more per newly hidden count. */
  private long cost(List<String> keys, Set<String> hidden) {
    long cost = 0;
    for (String key : new LinkedHashSet<>(keys)) {
      if (!hidden.contains(key)) {
        cost += 1 + 2 * table.value(key);
      }
    }
    return cost;
  }

  private static int hiddenIn(CountTable.Sum sum, Set<String> hidden) {
    int count = hidden.contains(sum.total()) ? 1 : 0;
    for (String part : sum.parts()) {
      if (hidden.contains(part)) {
        count++;
      }
    }
    return count;
  }

  private static List<String> members(CountTable.Sum sum) {
    List<String> members = new ArrayList<>(sum.parts());
    members.add(sum.total());
    return members;
  }
}
