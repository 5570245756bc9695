package no.followup.registry.application;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list: its items, its number (from 0), its size and the total count. */
public record Page<T>(List<T> items, int page, int size, long totalItems) {

  public Page {
    items = List.copyOf(items);
  }

  public <R> Page<R> map(Function<T, R> mapping) {
    return new Page<>(items.stream().map(mapping).toList(), page, size, totalItems);
  }
}
