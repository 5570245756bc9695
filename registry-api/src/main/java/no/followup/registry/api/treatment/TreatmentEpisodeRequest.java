package no.followup.registry.api.treatment;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import no.followup.registry.domain.study.EpisodeKind;

/** The next episode of a participant's treatment: maintenance or a new series, from a date. */
public record TreatmentEpisodeRequest(
    @Schema(
            requiredMode = Schema.RequiredMode.REQUIRED,
            description = "MAINTENANCE or RETREATMENT; INDUCTION is always the first episode")
        EpisodeKind kind,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate startDate) {}
