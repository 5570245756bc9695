package no.followup.registry.persistence.treatment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.followup.registry.domain.participant.Discontinuation;
import no.followup.registry.domain.participant.EnrolmentId;
import no.followup.registry.domain.site.SiteCode;
import no.followup.registry.domain.study.EpisodeKind;
import no.followup.registry.domain.study.ScheduledEpisode;
import no.followup.registry.domain.treatment.Infusions;
import no.followup.registry.domain.treatment.TreatmentCourse;
import no.followup.registry.domain.treatment.TreatmentEpisode;
import no.followup.registry.domain.treatment.TreatmentEpisodes;
import no.followup.registry.persistence.workingset.JdbcWorkingSet;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The episode rows; the induction row comes with the enrolment and the last row's discontinuation
 * follows the enrolment's, both by trigger (migration V30).
 */
@Repository
class JdbcTreatmentEpisodes implements TreatmentEpisodes {

  private final JdbcClient jdbc;
  private final JdbcWorkingSet working;
  private final Infusions infusions;

  JdbcTreatmentEpisodes(JdbcClient jdbc, JdbcWorkingSet working, Infusions infusions) {
    this.jdbc = jdbc;
    this.working = working;
    this.infusions = infusions;
  }

  @Override
  public TreatmentCourse courseOf(EnrolmentId enrolment) {
    return new TreatmentCourse(
        jdbc.sql("SELECT * FROM treatment_episode WHERE enrolment_id = ? ORDER BY number")
            .param(enrolment.value())
            .query(JdbcTreatmentEpisodes::episode)
            .list());
  }

  @Override
  public void add(EnrolmentId enrolment, TreatmentEpisode episode) {
    jdbc.sql(
            """
            INSERT INTO treatment_episode (enrolment_id, number, kind, start_date)
            VALUES (:enrolment, :number, :kind, :startDate)
            """)
        .param("enrolment", enrolment.value())
        .param("number", episode.number())
        .param("kind", episode.kind().name())
        .param("startDate", episode.startDate())
        .update();
  }

  @Override
  public List<ScheduledEpisode> scheduleOf(EnrolmentId enrolment, LocalDate asOf) {
    working.flush(JdbcInfusions.TABLE);
    return jdbc.sql(
            "SELECT * FROM episode_schedule(:asOf) WHERE enrolment_id = :enrolment ORDER BY number")
        .param("asOf", asOf)
        .param("enrolment", enrolment.value())
        .query(JdbcTreatmentEpisodes::scheduled)
        .list();
  }

  @Override
  public Optional<ScheduledEpisode> episodeOfVisit(
      EnrolmentId enrolment, String visitCode, LocalDate date, LocalDate asOf) {
    if (visitCode == null || date == null) {
      return Optional.empty();
    }
    record Span(int number, EpisodeKind kind, LocalDate start, Optional<LocalDate> nextStart) {}
    Optional<Span> span =
        jdbc.sql(
                """
                SELECT ep.number, ep.kind, ep.start_date, nx.start_date AS next_start
                FROM treatment_episode ep
                LEFT JOIN treatment_episode nx ON nx.enrolment_id = ep.enrolment_id
                                              AND nx.number = ep.number + 1 AND nx.start_date <= :asOf
                WHERE ep.enrolment_id = :enrolment
                  AND ep.number = assessment_episode(:enrolment, :visit, :date)
                """)
            .param("asOf", asOf)
            .param("enrolment", enrolment.value())
            .param("visit", visitCode)
            .param("date", date)
            .query(
                (rs, row) ->
                    new Span(
                        rs.getInt("number"),
                        EpisodeKind.valueOf(rs.getString("kind")),
                        rs.getObject("start_date", LocalDate.class),
                        Optional.ofNullable(rs.getObject("next_start", LocalDate.class))))
            .optional();
    // Day 0 as episode_schedule() counts it, from the infusions as the working set holds them: a
    // bulk submission's queued infusions count without sending them first.
    return span.map(
        e ->
            new ScheduledEpisode(
                e.number(),
                e.kind(),
                e.start(),
                infusions.ofEnrolment(enrolment).stream()
                    .map(i -> i.record().date())
                    .filter(d -> !d.isAfter(asOf))
                    .filter(d -> e.number() == 1 || !d.isBefore(e.start()))
                    .filter(d -> e.nextStart().isEmpty() || d.isBefore(e.nextStart().get()))
                    .min(Comparator.naturalOrder())
                    .orElse(e.start()),
                e.nextStart()));
  }

  @Override
  public Map<EnrolmentId, List<ScheduledEpisode>> schedulesAt(
      Optional<SiteCode> site, LocalDate asOf) {
    working.flush(JdbcInfusions.TABLE);
    Map<EnrolmentId, List<ScheduledEpisode>> schedules = new HashMap<>();
    jdbc.sql(
            """
            SELECT s.* FROM episode_schedule(:asOf) s JOIN enrolment e ON e.id = s.enrolment_id
            WHERE CAST(:site AS text) IS NULL OR e.site_code = :site
            ORDER BY s.enrolment_id, s.number
            """)
        .param("asOf", asOf)
        .param("site", site.map(SiteCode::value).orElse(null))
        .query(
            (RowCallbackHandler)
                rs ->
                    schedules
                        .computeIfAbsent(
                            new EnrolmentId(rs.getObject("enrolment_id", UUID.class)),
                            k -> new ArrayList<>())
                        .add(scheduled(rs, 0)));
    return schedules;
  }

  /** A row of {@code episode_schedule} (migration V38). */
  private static ScheduledEpisode scheduled(ResultSet rs, int row) throws SQLException {
    return new ScheduledEpisode(
        rs.getInt("number"),
        EpisodeKind.valueOf(rs.getString("kind")),
        rs.getObject("start_date", LocalDate.class),
        rs.getObject("day_zero", LocalDate.class),
        Optional.ofNullable(rs.getObject("next_start", LocalDate.class)));
  }

  private static TreatmentEpisode episode(ResultSet rs, int row) throws SQLException {
    LocalDate discontinued = rs.getObject("discontinuation_date", LocalDate.class);
    String reason = rs.getString("discontinuation_reason");
    return new TreatmentEpisode(
        rs.getInt("number"),
        EpisodeKind.valueOf(rs.getString("kind")),
        rs.getObject("start_date", LocalDate.class),
        Optional.ofNullable(discontinued)
            .map(date -> new Discontinuation(date, Discontinuation.Reason.valueOf(reason))));
  }
}
