package no.followup.registry.domain.research;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An approved data-access project: under an ethics approval, its named researchers receive the
 * row-level releases of one study, only the approved variables, only of participants enrolled in
 * the approved period, until the project expires.
 *
 * @param researchers usernames of the researchers named in the approval, the responsible one among
 *     them
 * @param approvedVariables variables as {@code sheet.column} of the row-level dataset's codebook
 */
public record DataAccessProject(
    UUID id,
    String title,
    String ethicsReference,
    String responsibleResearcher,
    Set<String> researchers,
    String studyCode,
    List<String> approvedVariables,
    LocalDate periodFrom,
    LocalDate periodTo,
    LocalDate expiresOn,
    String registeredBy,
    Instant registeredAt) {

  public DataAccessProject {
    researchers = Set.copyOf(researchers);
    approvedVariables = List.copyOf(approvedVariables);
  }

  /** Active up to and including its expiry date. */
  public boolean activeOn(LocalDate day) {
    return !day.isAfter(expiresOn);
  }

  public boolean names(String username) {
    return researchers.contains(username);
  }

  /** May the researcher receive this project's releases on the day? */
  public boolean releasesTo(String username, LocalDate day) {
    return names(username) && activeOn(day);
  }
}
