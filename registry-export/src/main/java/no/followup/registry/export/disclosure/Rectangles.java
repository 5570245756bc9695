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
final class Rectangles<K> {

  private final CountTable<K> table;
  private final Map<K, List<CountTable.Sum<K>>> sumsOf = new HashMap<>();

  Rectangles(CountTable<K> table) {
    this.table = table;
    for (CountTable.Sum<K> sum : table.sums()) {
      for (K key : members(sum)) {
        sumsOf.computeIfAbsent(key, k -> new ArrayList<>()).add(sum);
      }
    }
  }

  void close(Set<K> hidden) {
    Deque<K> work = new ArrayDeque<>(hidden);
    while (!work.isEmpty()) {
      K cell = work.poll();
      for (CountTable.Sum<K> sum : sumsOf.getOrDefault(cell, List.of())) {
        if (hiddenIn(sum, hidden) == 1) {
          List<K> added = cheapest(cell, sum, hidden);
          hidden.addAll(added);
          work.addAll(added);
        }
      }
    }
  }

  /** The cheapest further counts that put the cell, alone hidden in the sum, on a rectangle. */
  private List<K> cheapest(K cell, CountTable.Sum<K> alone, Set<K> hidden) {
    List<K> best = List.of();
    long bestCost = Long.MAX_VALUE;
    for (K partner : members(alone)) {
      if (partner.equals(cell)) {
        continue;
      }
      for (CountTable.Sum<K> crossing : sumsOf.get(cell)) {
        if (crossing == alone) {
          continue;
        }
        for (K across : members(crossing)) {
          if (across.equals(cell) || across.equals(partner)) {
            continue;
          }
          for (K corner : corners(partner, alone, across, crossing, cell)) {
            List<K> rectangle = List.of(partner, across, corner);
            long cost = cost(rectangle, hidden);
            if (cost < bestCost) {
              bestCost = cost;
              best = rectangle;
            }
          }
        }
      }
      if (sumsOf.get(cell).size() == 1) {
        List<K> single = List.of(partner);
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
  private Set<K> corners(K a, CountTable.Sum<K> notA, K b, CountTable.Sum<K> notB, K cell) {
    Set<K> withA = new LinkedHashSet<>();
    for (CountTable.Sum<K> sum : sumsOf.getOrDefault(a, List.of())) {
      if (sum != notA) {
        withA.addAll(members(sum));
      }
    }
    Set<K> corners = new LinkedHashSet<>();
    for (CountTable.Sum<K> sum : sumsOf.getOrDefault(b, List.of())) {
      if (sum != notB) {
        for (K key : members(sum)) {
          if (withA.contains(key) && !key.equals(a) && !key.equals(b) && !key.equals(cell)) {
            corners.add(key);
          }
        }
      }
    }
    return corners;
  }

  /** What hiding costs: the values newly hidden, and one more per newly hidden count. */
  private long cost(List<K> keys, Set<K> hidden) {
    long cost = 0;
    for (K key : new LinkedHashSet<>(keys)) {
      if (!hidden.contains(key)) {
        cost += 1 + 2 * table.value(key);
      }
    }
    return cost;
  }

  private static <K> int hiddenIn(CountTable.Sum<K> sum, Set<K> hidden) {
    int count = hidden.contains(sum.total()) ? 1 : 0;
    for (K part : sum.parts()) {
      if (hidden.contains(part)) {
        count++;
      }
    }
    return count;
  }

  private static <K> List<K> members(CountTable.Sum<K> sum) {
    List<K> members = new ArrayList<>(sum.parts());
    members.add(sum.total());
    return members;
  }
}
