package no.followup.registry.application.research;

import java.time.LocalDate;
import java.util.List;

/** What a coordinator registers for a new data-access project. */
public record ProjectRegistration(
    String title,
    String ethicsReference,
    String responsibleResearcher,
    List<String> researchers,
    String studyCode,
    List<String> approvedVariables,
    LocalDate periodFrom,
    LocalDate periodTo,
    LocalDate expiresOn) {}
