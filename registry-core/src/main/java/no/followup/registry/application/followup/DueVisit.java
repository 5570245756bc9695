package no.followup.registry.application.followup;

import java.time.LocalDate;
import no.followup.registry.domain.participant.ParticipantId;
import no.followup.registry.domain.study.StudyCode;
import no.followup.registry.domain.study.VisitState;

/**
 * A visit a site should see to: its window is open ({@code DUE}) or closed without data ({@code
 * MISSED}); {@code episode} is the number of the treatment episode whose schedule it belongs to.
 */
public record DueVisit(
    ParticipantId participantId,
    StudyCode study,
    int episode,
    String visitCode,
    String visitLabel,
    LocalDate windowOpens,
    LocalDate windowCloses,
    VisitState state) {}
