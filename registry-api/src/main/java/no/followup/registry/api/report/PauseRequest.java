package no.followup.registry.api.report;

import io.swagger.v3.oas.annotations.media.Schema;

/** Whether a schedule is paused: true pauses it, false resumes it from its next time. */
public record PauseRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Boolean paused) {}
