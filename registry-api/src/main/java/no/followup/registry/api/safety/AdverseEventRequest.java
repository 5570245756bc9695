package no.followup.registry.api.safety;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import no.followup.registry.api.record.RecordRequest;
import no.followup.registry.domain.safety.ActionTaken;
import no.followup.registry.domain.safety.AdverseEventOutcome;
import no.followup.registry.domain.safety.Relatedness;

/** An adverse event: coded term, grade 1–5, seriousness, relatedness, action taken, outcome. */
public record AdverseEventRequest(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate onsetDate,
    @Schema(
            requiredMode = Schema.RequiredMode.REQUIRED,
            description =
                "The code of one of the adverse-event terms of the participant's study version"
                    + " (GET /api/v1/studies/{code}/versions/{version} lists them); any other is"
                    + " refused: 422, rule not-in-study",
            example = "NAUSEA")
        String term,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", maximum = "5")
        Integer severityGrade,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Boolean serious,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Relatedness relatedness,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) ActionTaken action,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) AdverseEventOutcome outcome,
    String reason)
    implements RecordRequest {}
