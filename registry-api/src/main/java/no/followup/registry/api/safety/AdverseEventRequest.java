package no.followup.registry.api.safety;

import java.time.LocalDate;
import no.followup.registry.api.record.RecordRequest;
import no.followup.registry.domain.safety.ActionTaken;
import no.followup.registry.domain.safety.AdverseEventOutcome;
import no.followup.registry.domain.safety.AdverseEventTerm;
import no.followup.registry.domain.safety.Relatedness;

/** An adverse event: coded term, grade 1–5, seriousness, relatedness, action taken, outcome. */
public record AdverseEventRequest(
    LocalDate onsetDate,
    AdverseEventTerm term,
    Integer severityGrade,
    Boolean serious,
    Relatedness relatedness,
    ActionTaken action,
    AdverseEventOutcome outcome,
    String reason)
    implements RecordRequest {}
