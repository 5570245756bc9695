package no.followup.registry.api.followup;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A visit to see to: {@code state} is {@code DUE} (window open) or {@code MISSED} (window closed);
 * {@code episode} numbers the treatment episode whose schedule it belongs to (1 is the induction).
 */
public record DueVisitResponse(
    UUID participantId,
    String studyCode,
    int episode,
    String visit,
    String visitLabel,
    LocalDate windowOpens,
    LocalDate windowCloses,
    String state) {}
