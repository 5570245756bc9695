package no.followup.registry.application;

import java.util.List;

/** One page of a longer list: its items, its number (from 0), its size and the total count. */
public record Page<T>(List<T> items, int page, int size, long totalItems) {

  public Page {
    items = List.copyOf(items);
  }
}
