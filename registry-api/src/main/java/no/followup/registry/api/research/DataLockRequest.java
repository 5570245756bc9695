package no.followup.registry.api.research;

import java.time.LocalDate;

/** A date to lock for row-level release: before today. */
public record DataLockRequest(LocalDate date) {}
