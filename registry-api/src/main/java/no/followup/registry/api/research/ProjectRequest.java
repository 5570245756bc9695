package no.followup.registry.api.research;

import java.time.LocalDate;
import java.util.List;

/**
 * A data-access project to register.
 *
 * @param researchers user names of the researchers named in the approval (the responsible one is
 *     always among them)
 * @param approvedVariables variables of the row-level codebook, as {@code sheet.column}
 * @param periodFrom first enrolment date the project covers
 * @param periodTo last enrolment date the project covers
 * @param expiresOn the last day the project receives releases
 */
public record ProjectRequest(
    String title,
    String ethicsReference,
    String responsibleResearcher,
    List<String> researchers,
    String studyCode,
    List<String> approvedVariables,
    LocalDate periodFrom,
    LocalDate periodTo,
    LocalDate expiresOn) {}
