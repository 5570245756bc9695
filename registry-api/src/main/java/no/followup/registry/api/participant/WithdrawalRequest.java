package no.followup.registry.api.participant;

import java.time.LocalDate;

/** Consent withdrawn on a date, for a reason. */
public record WithdrawalRequest(LocalDate date, String reason) {}
