package no.followup.registry.batch.completeness;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * What the job reads per enrolment: its dates (day 0 of the schedule: the first infusion given by
 * the as-of date, else the enrolment date; follow-up ended: consent withdrawn or an end of
 * follow-up by the as-of date) and the first assessment date of each visit.
 */
record EnrolmentVisits(
    UUID enrolmentId,
    UUID participantId,
    String siteCode,
    String studyCode,
    int studyVersion,
    LocalDate scheduleStart,
    LocalDate followUpEnded,
    Map<String, LocalDate> received) {}
