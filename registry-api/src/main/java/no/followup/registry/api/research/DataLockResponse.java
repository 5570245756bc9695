package no.followup.registry.api.research;

import java.time.Instant;
import java.time.LocalDate;

/** A locked release date. */
public record DataLockResponse(LocalDate date, String lockedBy, Instant lockedAt) {}
