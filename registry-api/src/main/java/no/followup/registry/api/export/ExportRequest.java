package no.followup.registry.api.export;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An export of a dataset as of a date. A row-level dataset names its data-access project, and the
 * date must be a locked release date.
 */
public record ExportRequest(LocalDate asOf, UUID projectId) {}
