package no.followup.registry.domain.consent;

import java.time.LocalDate;

/** Consent withdrawn on a date, with the reason given. No data dated after it is accepted. */
public record Withdrawal(LocalDate date, String reason) {}
