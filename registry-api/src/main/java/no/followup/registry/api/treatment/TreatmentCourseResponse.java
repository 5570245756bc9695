package no.followup.registry.api.treatment;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import no.followup.registry.api.participant.ParticipantMapper;
import no.followup.registry.application.treatment.TreatmentCourses;
import no.followup.registry.domain.participant.Discontinuation;
import no.followup.registry.domain.study.EpisodeKind;

/**
 * The treatment course of one enrolment: its episodes in order, and the enrolment's status as the
 * participant's answer gives it.
 */
public record TreatmentCourseResponse(
    String site,
    String studyCode,
    @Schema(allowableValues = {"ACTIVE", "DISCONTINUED", "FOLLOW_UP_ENDED", "WITHDRAWN"})
        String status,
    List<EpisodeResponse> episodes) {

  /**
   * One episode. It ended on {@code endDate}: its discontinuation, or the day before the next
   * episode started; no end date while it goes on.
   */
  public record EpisodeResponse(
      int number,
      EpisodeKind kind,
      LocalDate startDate,
      LocalDate endDate,
      @Schema(description = "Present when the episode was discontinued, with the coded reason")
          DiscontinuationResponse discontinuation,
      @Schema(description = "Treatment sessions (infusions or spray) dated within the episode")
          long sessions) {}

  /** When and why the episode's treatment was discontinued. */
  public record DiscontinuationResponse(LocalDate date, Discontinuation.Reason reason) {}

  static TreatmentCourseResponse of(TreatmentCourses.CourseView course) {
    return new TreatmentCourseResponse(
        course.enrolment().site().value(),
        course.enrolment().study().value(),
        ParticipantMapper.statusOf(course.enrolment()),
        course.episodes().stream().map(TreatmentCourseResponse::episode).toList());
  }

  private static EpisodeResponse episode(TreatmentCourses.EpisodeView view) {
    return new EpisodeResponse(
        view.episode().number(),
        view.episode().kind(),
        view.episode().startDate(),
        view.endDate().orElse(null),
        view.episode().discontinuation().map(TreatmentCourseResponse::discontinuation).orElse(null),
        view.sessions());
  }

  private static DiscontinuationResponse discontinuation(Discontinuation d) {
    return new DiscontinuationResponse(d.date(), d.reason());
  }
}
