package no.followup.registry.domain.quality;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.followup.registry.domain.participant.ParticipantId;
import no.followup.registry.domain.site.SiteCode;

/**
 * Data that looks implausible or inconsistent, raised once per rule and record.
 *
 * @param recordType the kind of record concerned ({@code assessment}, {@code infusion}, …)
 * @param detail what was seen, in numbers and visit names, without identifiers
 * @param answer the site's answer; {@code null} while the finding is open
 */
public record DataQualityFinding(
    UUID id,
    String rule,
    SiteCode site,
    ParticipantId participantId,
    String recordType,
    UUID recordId,
    String detail,
    LocalDate foundAsOf,
    Instant foundAt,
    Status status,
    String answer,
    String answeredBy,
    Instant answeredAt) {

  /** Whether the site has answered. */
  public enum Status {
    OPEN,
    ANSWERED
  }

  /** Longest answer kept: a sentence or two, not a case history. */
  public static final int MAX_ANSWER_LENGTH = 2000;
}
