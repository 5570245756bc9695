package no.followup.registry.domain.study;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The day each visit of each episode was first assessed: what a visit schedule is judged against.
 * Which episode an assessment belongs to is decided when it is stored (migration V38).
 */
public final class FirstAssessed {

  private final Map<Integer, Map<String, LocalDate>> byEpisode = new HashMap<>();

  /** Notes an assessment; an earlier one of the same visit and episode stays the first. */
  public FirstAssessed add(int episode, String visitCode, LocalDate date) {
    byEpisode
        .computeIfAbsent(episode, e -> new HashMap<>())
        .merge(visitCode, date, (a, b) -> a.isBefore(b) ? a : b);
    return this;
  }

  public Optional<LocalDate> of(int episode, String visitCode) {
    return Optional.ofNullable(byEpisode.getOrDefault(episode, Map.of()).get(visitCode));
  }
}
