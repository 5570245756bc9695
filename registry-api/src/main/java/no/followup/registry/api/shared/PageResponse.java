package no.followup.registry.api.shared;

import java.util.List;
import java.util.function.Function;
import no.followup.registry.application.Page;

/** One page of a list: {@code page} counts from 0. */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, long totalPages) {

  public static <S, T> PageResponse<T> of(Page<S> page, Function<S, T> mapping) {
    long pages = page.size() == 0 ? 0 : (page.totalItems() + page.size() - 1) / page.size();
    return new PageResponse<>(
        page.items().stream().map(mapping).toList(),
        page.page(),
        page.size(),
        page.totalItems(),
        pages);
  }

  public static <T> PageResponse<T> ofAll(List<T> all, Paging paging) {
    List<T> items =
        all.stream().skip((long) paging.page() * paging.size()).limit(paging.size()).toList();
    return of(new Page<>(items, paging.page(), paging.size(), all.size()), Function.identity());
  }
}
