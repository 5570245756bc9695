package no.followup.registry.api.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.followup.registry.api.record.WarningResponse;

/** An assessment as stored; {@code items} is empty when only a total was reported. */
public record AssessmentResponse(
    UUID id,
    UUID participantId,
    LocalDate date,
    String visit,
    String instrument,
    Integer totalScore,
    List<Integer> items,
    int version,
    List<WarningResponse> warnings) {}
