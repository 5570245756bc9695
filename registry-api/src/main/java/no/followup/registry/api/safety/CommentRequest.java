package no.followup.registry.api.safety;

import io.swagger.v3.oas.annotations.media.Schema;

/** A comment on a signal: at most 2,000 characters, never a national ID number. */
public record CommentRequest(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 2000) String comment) {}
