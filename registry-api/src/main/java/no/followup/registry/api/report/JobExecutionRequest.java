package no.followup.registry.api.report;

import java.time.LocalDate;

/** The parameters of a report run: the date the figures are computed as of. */
public record JobExecutionRequest(LocalDate asOf) {}
