package no.followup.registry.api.quality;

import io.swagger.v3.oas.annotations.media.Schema;

/** The site's answer to a finding: what was corrected, or why the data is right. */
public record AnswerRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String answer) {}
