package no.followup.registry.api.treatment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import no.followup.registry.api.contract.Responds;
import no.followup.registry.api.contract.ResponseHeader;
import no.followup.registry.api.security.Roles;
import no.followup.registry.api.shared.IdempotentResponses;
import no.followup.registry.api.shared.WriteAnswer;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.treatment.TreatmentCourses;
import no.followup.registry.domain.participant.ParticipantId;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/participants/{participantId}/treatment-episodes")
@Tag(
    name = "Treatment course",
    description =
        "The induction series, then maintenance and new series: each episode from its start until"
            + " it is discontinued or the next one starts")
class TreatmentEpisodeController {

  private final TreatmentCourses courses;
  private final IdempotentResponses idempotent;

  TreatmentEpisodeController(TreatmentCourses courses, IdempotentResponses idempotent) {
    this.courses = courses;
    this.idempotent = idempotent;
  }

  @GetMapping
  @PreAuthorize(Roles.SITE_OR_COORDINATOR)
  @Operation(
      operationId = "listTreatmentCourses",
      summary = "The treatment course of each of the participant's enrolments the caller may see")
  public List<TreatmentCourseResponse> list(Actor actor, @PathVariable UUID participantId) {
    return courses.courses(actor, new ParticipantId(participantId)).stream()
        .map(TreatmentCourseResponse::of)
        .toList();
  }

  @Responds(
      value = 201,
      headers = {ResponseHeader.LOCATION, ResponseHeader.IDEMPOTENT_REPLAYED})
  @PostMapping
  @PreAuthorize(Roles.SITE)
  @Operation(
      operationId = "startTreatmentEpisode",
      summary =
          "Start maintenance or a new series at the caller's site; after a discontinuation,"
              + " infusions are accepted again from its start. Answers the course as it now stands")
  public ResponseEntity<TreatmentCourseResponse> start(
      Actor actor,
      @PathVariable UUID participantId,
      @RequestHeader(value = IdempotentResponses.HEADER, required = false) String key,
      @RequestBody TreatmentEpisodeRequest request) {
    String collection = "/api/v1/participants/" + participantId + "/treatment-episodes";
    return idempotent.write(
        actor,
        key,
        "POST " + collection,
        request,
        TreatmentCourseResponse.class,
        () ->
            WriteAnswer.created(
                URI.create(collection),
                null,
                TreatmentCourseResponse.of(
                    courses.start(
                        actor,
                        new ParticipantId(participantId),
                        request.kind(),
                        request.startDate()))));
  }
}
