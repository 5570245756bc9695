package no.followup.registry.application.report;

import java.time.Instant;
import java.time.LocalDate;

/** A report job's run whose figures are all written: the only kind readers see. */
public record CompletedRun(long id, LocalDate asOf, Instant completedAt) {}
