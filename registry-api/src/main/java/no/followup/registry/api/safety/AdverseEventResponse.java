package no.followup.registry.api.safety;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.followup.registry.api.record.WarningResponse;
import no.followup.registry.domain.safety.ActionTaken;
import no.followup.registry.domain.safety.AdverseEventOutcome;
import no.followup.registry.domain.safety.Relatedness;

/** An adverse event as stored. */
public record AdverseEventResponse(
    UUID id,
    UUID participantId,
    LocalDate onsetDate,
    String term,
    Integer severityGrade,
    Boolean serious,
    Relatedness relatedness,
    ActionTaken action,
    AdverseEventOutcome outcome,
    int version,
    List<WarningResponse> warnings) {}
