package no.followup.registry.batch.completeness;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.followup.registry.domain.study.FirstAssessed;
import no.followup.registry.domain.study.ScheduledEpisode;

/**
 * What the job reads per enrolment: its episodes begun by the as-of date (each with its day 0),
 * when follow-up ended (consent withdrawn or an end of follow-up by the as-of date) and the first
 * assessment date of each visit of each episode.
 */
record EnrolmentVisits(
    UUID enrolmentId,
    UUID participantId,
    String siteCode,
    String studyCode,
    int studyVersion,
    List<ScheduledEpisode> episodes,
    LocalDate followUpEnded,
    FirstAssessed received) {}
