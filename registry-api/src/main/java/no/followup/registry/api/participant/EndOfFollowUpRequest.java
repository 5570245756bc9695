package no.followup.registry.api.participant;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import no.followup.registry.domain.participant.FollowUpEnd;

/** Follow-up ended on a date, for a coded reason; a death with its cause category. */
public record EndOfFollowUpRequest(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate date,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) FollowUpEnd.Reason reason,
    @Schema(description = "Required when the reason is DEATH, and given only then")
        FollowUpEnd.DeathCause deathCause) {}
