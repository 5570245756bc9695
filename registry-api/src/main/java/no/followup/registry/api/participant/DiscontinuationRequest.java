package no.followup.registry.api.participant;

import java.time.LocalDate;
import no.followup.registry.domain.participant.Discontinuation;

/** Treatment ended on a date, for a coded reason. */
public record DiscontinuationRequest(LocalDate date, Discontinuation.Reason reason) {}
