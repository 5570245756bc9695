package no.followup.registry.api.study;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import no.followup.registry.domain.study.AdverseEventTerm.Signal;
import no.followup.registry.domain.study.DoseUnit;
import no.followup.registry.domain.study.EpisodeKind;

/**
 * A version of a study as the registry holds it (study data): the visits of each kind of episode,
 * the instruments, how each drug is given, and the adverse-event terms with their names and the
 * signal each raises. What a hospital system needs to fill in records the registry accepts.
 */
public record StudyResponse(
    String code,
    int version,
    String name,
    List<Visit> visits,
    List<Instrument> instruments,
    List<Treatment> treatments,
    List<AdverseEventTerm> adverseEventTerms) {

  /** A visit of the schedule of one kind of episode, counted from the episode's first session. */
  public record Visit(
      String code,
      String label,
      EpisodeKind episodeKind,
      int targetDay,
      int windowDaysBefore,
      int windowDaysAfter) {}

  /** A rating the study uses: its items, each scored 0 to {@code itemMax}. */
  public record Instrument(String code, String label, int itemCount, int itemMax) {}

  /** A drug and route the study gives, in its own dose unit. */
  public record Treatment(
      String drug,
      String route,
      DoseUnit doseUnit,
      @Schema(description = "The doses allowed a session, for a drug dosed in mg")
          List<Integer> dosesMg,
      @Schema(description = "Infusions shorter than this warn", nullable = true) Integer minMinutes,
      int maxSessionsPer28Days,
      @Schema(nullable = true) Integer reviewSessionsPerYear) {}

  /** An adverse-event term: the code records carry, its names, and the signal it raises. */
  public record AdverseEventTerm(
      String code,
      String labelNb,
      String labelEn,
      boolean specialInterest,
      @Schema(
              nullable = true,
              description = "The safety signal an event of this term raises at once, if any")
          Signal raisesSignal) {}
}
