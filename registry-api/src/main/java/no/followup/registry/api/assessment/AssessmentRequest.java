package no.followup.registry.api.assessment;

import java.time.LocalDate;
import java.util.List;
import no.followup.registry.api.record.RecordRequest;

/** A score at a visit: {@code items}, {@code totalScore}, or both (then they must agree). */
public record AssessmentRequest(
    LocalDate date,
    String visit,
    String instrument,
    Integer totalScore,
    List<Integer> items,
    String reason)
    implements RecordRequest {}
