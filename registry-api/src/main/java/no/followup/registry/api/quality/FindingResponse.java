package no.followup.registry.api.quality;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A data-quality finding, the record it concerns, and the site's answer once given. */
public record FindingResponse(
    UUID id,
    String rule,
    String site,
    UUID participantId,
    String recordType,
    UUID recordId,
    String detail,
    LocalDate foundAsOf,
    Instant foundAt,
    String status,
    String answer,
    String answeredBy,
    Instant answeredAt) {}
