package no.followup.registry.persistence.treatment;

import static no.followup.registry.domain.fixtures.EnrolmentFixture.ENROLMENT_DATE;
import static no.followup.registry.domain.fixtures.EnrolmentFixture.anEnrolment;
import static no.followup.registry.domain.fixtures.InfusionFixture.anInfusion;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import no.followup.registry.domain.participant.Enrolment;
import no.followup.registry.domain.study.EpisodeKind;
import no.followup.registry.domain.study.ScheduledEpisode;
import no.followup.registry.domain.treatment.TreatmentEpisode;
import no.followup.registry.persistence.Database;
import no.followup.registry.persistence.participant.EnrolledParticipants;
import org.junit.jupiter.api.Test;

/**
 * Each episode's schedule as the database counts it (day 0 its first session, the next episode's
 * start), the episode a visit's assessment belongs to as the rules look it up, and the episode the
 * stored assessment is placed in: the three must agree.
 */
class TreatmentEpisodesPersistenceTest {

  private static final Database DB = Database.migrated();
  private final JdbcInfusions infusions = new JdbcInfusions(DB.jdbc(), DB.workingSet());
  private final JdbcTreatmentEpisodes episodes =
      new JdbcTreatmentEpisodes(DB.jdbc(), DB.workingSet(), infusions);

  private final Enrolment enrolment = new EnrolledParticipants(DB).enrol(anEnrolment());
  private final ScheduledEpisode induction =
      new ScheduledEpisode(1, EpisodeKind.INDUCTION, ENROLMENT_DATE, day(3), Optional.of(day(100)));
  private final ScheduledEpisode newSeries =
      new ScheduledEpisode(2, EpisodeKind.RETREATMENT, day(100), day(104), Optional.of(day(200)));
  private final ScheduledEpisode maintenance =
      new ScheduledEpisode(3, EpisodeKind.MAINTENANCE, day(200), day(200), Optional.empty());

  TreatmentEpisodesPersistenceTest() {
    infusions.add(anInfusion().on(day(3)).of(enrolment.id()));
    infusions.add(anInfusion().on(day(7)).of(enrolment.id()));
    episodes.add(enrolment.id(), next(2, EpisodeKind.RETREATMENT, day(100)));
    infusions.add(anInfusion().on(day(107)).of(enrolment.id()));
    infusions.add(anInfusion().on(day(104)).of(enrolment.id()));
    episodes.add(enrolment.id(), next(3, EpisodeKind.MAINTENANCE, day(200)));
  }

  @Test
  void each_episode_counts_from_its_first_session_until_the_next_begins() {
    assertThat(episodes.scheduleOf(enrolment.id(), day(300)))
        .containsExactly(induction, newSeries, maintenance);
    assertThat(episodes.scheduleOf(enrolment.id(), day(150)))
        .as("as of a date: later episodes and sessions not yet there")
        .containsExactly(
            induction,
            new ScheduledEpisode(2, EpisodeKind.RETREATMENT, day(100), day(104), Optional.empty()));
    assertThat(episodes.schedulesAt(Optional.of(enrolment.site()), day(300)).get(enrolment.id()))
        .containsExactly(induction, newSeries, maintenance);
  }

  @Test
  void a_visit_belongs_to_the_latest_episode_of_its_kind_begun_by_its_date_and_its_window() {
    assertThat(episodes.episodeOfVisit(enrolment.id(), "MONTH_1", day(250), day(300)))
        .as("the induction takes every assessment of its visits")
        .contains(induction);
    assertThat(episodes.episodeOfVisit(enrolment.id(), "RT_BASELINE", day(86), day(300)))
        .as("a baseline 14 days before the series starts")
        .contains(newSeries);
    assertThat(episodes.episodeOfVisit(enrolment.id(), "RT_BASELINE", day(85), day(300)))
        .as("15 days before: no new series had begun")
        .isEmpty();
    assertThat(episodes.episodeOfVisit(enrolment.id(), "MT_START", day(201), day(300)))
        .contains(maintenance);
    assertThat(episodes.episodeOfVisit(enrolment.id(), "WEEK_99", day(201), day(300))).isEmpty();
  }

  @Test
  void a_stored_assessment_is_placed_in_the_episode_the_rules_looked_up() {
    assertThat(storedEpisode("RT_BASELINE", day(86))).isEqualTo(2);
    assertThat(storedEpisode("MONTH_1", day(250))).isEqualTo(1);
    assertThat(storedEpisode("MT_START", day(201))).isEqualTo(3);
  }

  /** Stores a MADRS of the visit by SQL, as any writer may, and reads the episode it was put in. */
  private int storedEpisode(String visit, LocalDate date) {
    UUID id = UUID.randomUUID();
    DB.jdbc()
        .sql(
            """
            INSERT INTO assessment (id, enrolment_id, site_code, participant_id, assessment_date, visit_code,
                                    instrument, total_score)
            VALUES (?, ?, ?, ?, ?, ?, 'MADRS', 20)
            """)
        .params(
            id,
            enrolment.id().value(),
            enrolment.site().value(),
            enrolment.participantId().value(),
            date,
            visit)
        .update();
    return DB.jdbc()
        .sql("SELECT episode FROM assessment WHERE id = ?")
        .param(id)
        .query(Integer.class)
        .single();
  }

  private static TreatmentEpisode next(int number, EpisodeKind kind, LocalDate start) {
    return new TreatmentEpisode(number, kind, start, Optional.empty());
  }

  private static LocalDate day(int n) {
    return ENROLMENT_DATE.plusDays(n);
  }
}
