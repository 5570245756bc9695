package no.followup.registry.api.followup;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A visit to see to: {@code state} is {@code DUE} (window open) or {@code MISSED} (window closed).
 */
public record DueVisitResponse(
    UUID participantId,
    String studyCode,
    String visit,
    String visitLabel,
    LocalDate windowOpens,
    LocalDate windowCloses,
    String state) {}
