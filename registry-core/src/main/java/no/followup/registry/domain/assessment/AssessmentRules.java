package no.followup.registry.domain.assessment;

import java.time.LocalDate;
import java.util.Optional;
import no.followup.registry.domain.participant.Enrolment;
import no.followup.registry.domain.shared.Violation;
import no.followup.registry.domain.shared.Violations;
import no.followup.registry.domain.study.InstrumentDefinition;
import no.followup.registry.domain.study.ScheduledEpisode;
import no.followup.registry.domain.study.StudyDefinition;
import no.followup.registry.domain.study.VisitDefinition;

/**
 * Checks a reported assessment against the study's visits and instruments and the participant's
 * treatment episodes, and completes its total.
 */
public final class AssessmentRules {

  private AssessmentRules() {}

  /**
   * The outcome: the assessment with its total when no rule rejects it, and every violation found.
   */
  public record Checked(Assessment assessment, Violations violations) {}

  /**
   * @param episode the episode an assessment of this visit on this date belongs to, if one of the
   *     visit's kind had begun (see {@code TreatmentEpisodes.episodeOfVisit})
   */
  public static Checked check(
      Assessment reported,
      Enrolment enrolment,
      StudyDefinition study,
      Optional<ScheduledEpisode> episode,
      LocalDate today) {
    Violations violations = new Violations();
    enrolment.checkRecordDate("date", reported.date(), today, violations);
    VisitDefinition visit = study.visit(reported.visitCode()).orElse(null);
    if (visit == null) {
      violations.reject(
          "visit",
          "known-visit",
          "visit must be one of " + study.visits().stream().map(VisitDefinition::code).toList());
    }
    if (visit != null && reported.date() != null && episode.isEmpty()) {
      violations.reject(
          "visit",
          "episode-begun",
          visit.code()
              + " is a visit of a "
              + visit.episodeKind()
              + " episode, and none had begun by "
              + reported.date());
    }
    InstrumentDefinition instrument = study.instrument(reported.instrumentCode()).orElse(null);
    if (instrument == null) {
      violations.reject(
          "instrument",
          "known-instrument",
          "instrument must be one of "
              + study.instruments().stream().map(InstrumentDefinition::code).toList());
      return new Checked(null, violations);
    }
    checkScores(reported, instrument, violations);
    if (violations.rejects()) {
      return new Checked(null, violations);
    }
    warnOutsideWindow(visit, episode.orElseThrow().dayZero(), reported.date(), violations);
    Assessment complete =
        new Assessment(
            reported.id(),
            reported.enrolmentId(),
            reported.date(),
            reported.visitCode(),
            reported.instrumentCode(),
            total(reported),
            reported.items());
    return new Checked(complete, violations);
  }

  private static void checkScores(
      Assessment reported, InstrumentDefinition instrument, Violations violations) {
    if (reported.items().isEmpty()) {
      violations
          .required("totalScore", reported.totalScore())
          .inRange("totalScore", reported.totalScore(), 0, instrument.totalMax());
      return;
    }
    if (reported.items().size() != instrument.itemCount()) {
      violations.reject(
          "items", "item-count", instrument.code() + " has " + instrument.itemCount() + " items");
      return;
    }
    for (int i = 0; i < reported.items().size(); i++) {
      String field = "items[" + i + "]";
      violations
          .required(field, reported.items().get(i))
          .inRange(field, reported.items().get(i), 0, instrument.itemMax());
    }
    if (violations.rejects()) {
      return;
    }
    int sum = sumOfItems(reported);
    if (reported.totalScore() != null && reported.totalScore() != sum) {
      violations.reject(
          "totalScore", "sum-of-items", "totalScore must equal the sum of items (" + sum + ")");
    }
  }

  /** The total of an accepted assessment: the one reported alone, or the sum of its items. */
  private static int total(Assessment accepted) {
    return accepted.items().isEmpty() ? accepted.totalScore() : sumOfItems(accepted);
  }

  private static int sumOfItems(Assessment reported) {
    return reported.items().stream().mapToInt(Integer::intValue).sum();
  }

  private static void warnOutsideWindow(
      VisitDefinition visit, LocalDate dayZero, LocalDate date, Violations violations) {
    LocalDate opens = visit.windowOpens(dayZero);
    LocalDate closes = visit.windowCloses(dayZero);
    if (date.isBefore(opens) || date.isAfter(closes)) {
      violations.add(
          Violation.warning(
              "date",
              "visit-window",
              "date is outside the " + visit.code() + " window " + opens + " to " + closes));
    }
  }
}
