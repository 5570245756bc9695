package no.followup.registry.api.export;

import java.time.LocalDate;

/** An export of a dataset as of a date. */
public record ExportRequest(LocalDate asOf) {}
