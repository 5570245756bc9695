package no.followup.registry.api.participant;

import io.swagger.v3.oas.annotations.media.Schema;

/** The pre-assessment given after enrolment, or corrected (then with a reason). */
public record PreAssessmentRequest(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) EligibilityFacts eligibility,
    @Schema(
            maxLength = 500,
            description = "Required when it replaces a pre-assessment already given")
        String reason) {}
