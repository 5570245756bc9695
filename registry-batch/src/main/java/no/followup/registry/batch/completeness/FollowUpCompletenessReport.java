package no.followup.registry.batch.completeness;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.access.NotFoundException;
import no.followup.registry.batch.partition.ReportRuns;
import no.followup.registry.batch.partition.ReportScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The latest complete follow-up completeness run for a date: coordinators see every site, a site
 * lead only their own site's figures.
 */
@Service
public class FollowUpCompletenessReport {

  private final JdbcClient jdbc;
  private final ReportRuns runs;

  public FollowUpCompletenessReport(JdbcClient jdbc, ReportRuns runs) {
    this.jdbc = jdbc;
    this.runs = runs;
  }

  /** One site's figures. */
  public record SiteFigures(
      String site,
      int visitsDue,
      int receivedInWindow,
      int receivedLate,
      int openNow,
      int missing) {}

  /** The report: which run, as of when, completed when, and the figures. */
  public record Report(long runId, LocalDate asOf, Instant completedAt, List<SiteFigures> sites) {}

  /** A visit of the report whose window closed without an assessment. */
  public record MissingVisit(
      UUID participantId, String visitCode, LocalDate windowOpens, LocalDate windowCloses) {}

  /**
   * The missing visits of one site in the latest complete run for the date, by participant and
   * window: for any site to coordinators, for their own site to a site lead (another site is as
   * unknown to them as a site that does not exist).
   */
  public List<MissingVisit> missingVisits(Actor actor, LocalDate asOf, String site) {
    Optional<String> onlySite = ReportScope.onlySiteOf(actor);
    if (onlySite.isPresent() && !onlySite.get().equals(site)) {
      throw new NotFoundException("site " + site);
    }
    ReportRuns.CompletedRun run = latestRun(asOf);
    return jdbc.sql(
            """
            SELECT participant_id, visit_code, window_opens, window_closes FROM report_visit_status
            WHERE run_id = ? AND site_code = ? AND state = 'MISSED'
            ORDER BY window_closes, participant_id, visit_code
            """)
        .params(run.id(), site)
        .query(
            (rs, row) ->
                new MissingVisit(
                    rs.getObject("participant_id", UUID.class),
                    rs.getString("visit_code"),
                    rs.getObject("window_opens", LocalDate.class),
                    rs.getObject("window_closes", LocalDate.class)))
        .list();
  }

  public Report latest(Actor actor, LocalDate asOf) {
    Optional<String> onlySite = ReportScope.onlySiteOf(actor);
    ReportRuns.CompletedRun run = latestRun(asOf);
    List<SiteFigures> sites =
        jdbc.sql(
                """
                SELECT * FROM report_follow_up_completeness
                WHERE run_id = ? AND (CAST(? AS text) IS NULL OR site_code = ?) ORDER BY site_code
                """)
            .params(run.id(), onlySite.orElse(null), onlySite.orElse(null))
            .query(
                (rs, row) ->
                    new SiteFigures(
                        rs.getString("site_code"),
                        rs.getInt("visits_due"),
                        rs.getInt("received_in_window"),
                        rs.getInt("received_late"),
                        rs.getInt("open_now"),
                        rs.getInt("missing")))
            .list();
    return new Report(run.id(), asOf, run.completedAt(), sites);
  }

  /** The latest complete run for the date; readers never see half a report. */
  private ReportRuns.CompletedRun latestRun(LocalDate asOf) {
    return runs.latestComplete(FollowUpCompletenessJobConfiguration.JOB, asOf)
        .orElseThrow(() -> new NotFoundException("report for " + asOf));
  }
}
