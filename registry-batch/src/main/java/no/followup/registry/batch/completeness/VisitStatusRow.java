package no.followup.registry.batch.completeness;

import java.time.LocalDate;
import java.util.UUID;

/** One visit of one enrolment as of the run's date, as stored in {@code report_visit_status}. */
record VisitStatusRow(
    UUID enrolmentId,
    UUID participantId,
    String siteCode,
    int episode,
    String visitCode,
    String state,
    LocalDate windowOpens,
    LocalDate windowCloses,
    LocalDate receivedOn) {}
