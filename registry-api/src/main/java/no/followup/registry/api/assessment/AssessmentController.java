package no.followup.registry.api.assessment;

import io.swagger.v3.oas.annotations.tags.Tag;
import no.followup.registry.api.record.RecordController;
import no.followup.registry.api.shared.IdempotentResponses;
import no.followup.registry.application.record.ClinicalRecords;
import no.followup.registry.application.record.RecordKinds;
import no.followup.registry.domain.assessment.Assessment;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/participants/{participantId}/assessments")
@Tag(name = "Assessments")
class AssessmentController
    extends RecordController<AssessmentRequest, Assessment, AssessmentResponse> {

  AssessmentController(
      ClinicalRecords records,
      RecordKinds kinds,
      IdempotentResponses idempotent,
      AssessmentMapper mapper) {
    super(
        records, kinds.assessments(), idempotent, mapper, AssessmentResponse.class, "assessments");
  }
}
