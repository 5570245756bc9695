package no.followup.registry.api.research;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A data-access project, its releases, and the participants of its releases who have since
 * withdrawn consent (by the pseudonym they had in that release, for the responsible researcher to
 * delete their rows).
 */
public record ProjectResponse(
    UUID projectId,
    String title,
    String ethicsReference,
    String responsibleResearcher,
    List<String> researchers,
    String studyCode,
    List<String> approvedVariables,
    LocalDate periodFrom,
    LocalDate periodTo,
    LocalDate expiresOn,
    boolean active,
    String registeredBy,
    Instant registeredAt,
    List<Release> releases,
    List<Withdrawn> withdrawnFromReleases) {

  /** A release made for the project. */
  public record Release(String exportId, LocalDate asOf, String status, String requestedBy) {}

  /** A participant of an earlier release who has since withdrawn consent. */
  public record Withdrawn(
      String exportId, LocalDate releaseAsOf, String pseudonym, LocalDate withdrawalDate) {}
}
