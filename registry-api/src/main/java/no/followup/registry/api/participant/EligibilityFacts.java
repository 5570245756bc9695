package no.followup.registry.api.participant;

import io.swagger.v3.oas.annotations.media.Schema;
import no.followup.registry.domain.participant.Eligibility;

/**
 * The pre-assessment before the first infusion, coded, as sent with an enrolment and answered with
 * it: optional at enrolment, every field required when it is given.
 */
public record EligibilityFacts(
    @Schema(
            requiredMode = Schema.RequiredMode.REQUIRED,
            minimum = "0",
            maximum = "30",
            description = "Adequate antidepressant trials before ketamine")
        Integer antidepressantTrials,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "ECT before ketamine")
        Boolean priorEct,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Substance use disorder")
        Eligibility.SubstanceUse substanceUse,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Boolean benzodiazepines,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Boolean opioids,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Boolean otherSedatives,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Must be true")
        Boolean contraindicationsChecked,
    @Schema(
            requiredMode = Schema.RequiredMode.REQUIRED,
            minimum = "60",
            maximum = "260",
            description = "mmHg, at the pre-assessment")
        Integer systolic,
    @Schema(
            requiredMode = Schema.RequiredMode.REQUIRED,
            minimum = "30",
            maximum = "160",
            description = "mmHg, at the pre-assessment")
        Integer diastolic) {}
