package no.followup.registry.api.study;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;
import no.followup.registry.api.security.Roles;
import no.followup.registry.application.access.NotFoundException;
import no.followup.registry.domain.study.Studies;
import no.followup.registry.domain.study.StudyCode;
import no.followup.registry.domain.study.StudyDefinition;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The study definitions: no patient data, read by everyone who submits or analyses records. */
@RestController
@Tag(name = "Studies")
class StudyController {

  private final Studies studies;

  StudyController(Studies studies) {
    this.studies = studies;
  }

  @GetMapping("/api/v1/studies/{code}")
  @PreAuthorize(Roles.STUDY_READERS)
  @Operation(
      operationId = "getCurrentStudyVersion",
      summary = "The current version of a study: the one new enrolments are enrolled under")
  public StudyResponse current(@PathVariable String code) {
    return found(StudyCode.parse(code).flatMap(studies::current));
  }

  @GetMapping("/api/v1/studies/{code}/versions/{version}")
  @PreAuthorize(Roles.STUDY_READERS)
  @Operation(
      operationId = "getStudyVersion",
      summary =
          "A version of a study: the one an enrolment was enrolled under, whose visits, limits and"
              + " adverse-event terms apply to its records")
  public StudyResponse version(@PathVariable String code, @PathVariable int version) {
    return found(StudyCode.parse(code).flatMap(study -> studies.version(study, version)));
  }

  private static StudyResponse found(Optional<StudyDefinition> study) {
    return study.map(StudyController::toResponse).orElseThrow(() -> new NotFoundException("study"));
  }

  private static StudyResponse toResponse(StudyDefinition study) {
    return new StudyResponse(
        study.code().value(),
        study.version(),
        study.name(),
        study.visits().stream()
            .map(
                v ->
                    new StudyResponse.Visit(
                        v.code(),
                        v.label(),
                        v.episodeKind(),
                        v.targetDay(),
                        v.windowDaysBefore(),
                        v.windowDaysAfter()))
            .toList(),
        study.instruments().stream()
            .map(i -> new StudyResponse.Instrument(i.code(), i.label(), i.itemCount(), i.itemMax()))
            .toList(),
        study.treatments().stream()
            .map(
                t ->
                    new StudyResponse.Treatment(
                        t.drug(),
                        t.route(),
                        t.doseUnit(),
                        t.dosesMg(),
                        t.minMinutes(),
                        t.maxSessionsPer28Days(),
                        t.reviewSessionsPerYear()))
            .toList(),
        study.adverseEventTerms().stream()
            .map(
                t ->
                    new StudyResponse.AdverseEventTerm(
                        t.code(), t.labelNb(), t.labelEn(), t.isSpecialInterest(), t.raises()))
            .toList());
  }
}
