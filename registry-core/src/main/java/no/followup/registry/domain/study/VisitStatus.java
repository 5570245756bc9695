package no.followup.registry.domain.study;

import java.time.LocalDate;
import java.util.Optional;

/** One visit of one participant on one date: its window, its state and when it was received. */
public record VisitStatus(
    VisitDefinition visit,
    LocalDate windowOpens,
    LocalDate windowCloses,
    VisitState state,
    Optional<LocalDate> receivedOn) {}
