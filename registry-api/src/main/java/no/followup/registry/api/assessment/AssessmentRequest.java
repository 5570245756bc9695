package no.followup.registry.api.assessment;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import no.followup.registry.api.record.RecordRequest;

/** A score at a visit: {@code items}, {@code totalScore}, or both (then they must agree). */
public record AssessmentRequest(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate date,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String visit,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String instrument,
    Integer totalScore,
    List<Integer> items,
    String reason)
    implements RecordRequest {}
