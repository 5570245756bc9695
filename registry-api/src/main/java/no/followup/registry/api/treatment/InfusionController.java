package no.followup.registry.api.treatment;

import io.swagger.v3.oas.annotations.tags.Tag;
import no.followup.registry.api.record.RecordController;
import no.followup.registry.api.shared.IdempotentResponses;
import no.followup.registry.application.record.ClinicalRecords;
import no.followup.registry.application.record.RecordKinds;
import no.followup.registry.domain.treatment.Infusion;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/participants/{participantId}/infusions")
@Tag(name = "Infusions")
class InfusionController extends RecordController<InfusionRequest, Infusion, InfusionResponse> {

  InfusionController(
      ClinicalRecords records,
      RecordKinds kinds,
      IdempotentResponses idempotent,
      InfusionMapper mapper) {
    super(records, kinds.infusions(), idempotent, mapper, InfusionResponse.class, "infusions");
  }
}
