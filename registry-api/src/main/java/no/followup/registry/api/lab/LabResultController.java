package no.followup.registry.api.lab;

import io.swagger.v3.oas.annotations.tags.Tag;
import no.followup.registry.api.record.RecordController;
import no.followup.registry.api.shared.IdempotentResponses;
import no.followup.registry.application.record.ClinicalRecords;
import no.followup.registry.application.record.RecordKinds;
import no.followup.registry.domain.lab.LabResult;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/participants/{participantId}/lab-results")
@Tag(name = "Lab results")
class LabResultController extends RecordController<LabResultRequest, LabResult, LabResultResponse> {

  LabResultController(
      ClinicalRecords records,
      RecordKinds kinds,
      IdempotentResponses idempotent,
      LabResultMapper mapper) {
    super(records, kinds.labResults(), idempotent, mapper, LabResultResponse.class, "lab-results");
  }
}
