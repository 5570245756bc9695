package no.followup.registry.api.safety;

import io.swagger.v3.oas.annotations.tags.Tag;
import no.followup.registry.api.record.RecordController;
import no.followup.registry.api.shared.IdempotentResponses;
import no.followup.registry.application.record.ClinicalRecords;
import no.followup.registry.application.record.RecordKinds;
import no.followup.registry.domain.safety.AdverseEvent;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/participants/{participantId}/adverse-events")
@Tag(
    name = "Adverse events",
    description = "Serious events and events of special interest raise a safety signal at once")
class AdverseEventController
    extends RecordController<AdverseEventRequest, AdverseEvent, AdverseEventResponse> {

  AdverseEventController(
      ClinicalRecords records,
      RecordKinds kinds,
      IdempotentResponses idempotent,
      AdverseEventMapper mapper) {
    super(
        records,
        kinds.adverseEvents(),
        idempotent,
        mapper,
        AdverseEventResponse.class,
        "adverse-events");
  }
}
