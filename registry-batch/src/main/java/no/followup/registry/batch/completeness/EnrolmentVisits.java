package no.followup.registry.batch.completeness;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** What the job reads per enrolment: its dates and the first assessment date of each visit. */
record EnrolmentVisits(
    UUID enrolmentId,
    UUID participantId,
    String siteCode,
    String studyCode,
    LocalDate enrolmentDate,
    LocalDate withdrawalDate,
    Map<String, LocalDate> received) {}
