package no.followup.registry.batch.completeness;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import no.followup.registry.application.access.AccessDeniedException;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.access.NotFoundException;
import no.followup.registry.application.access.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The latest complete follow-up completeness run for a date: coordinators see every site, a site
 * lead only their own site's figures.
 */
@Service
public class FollowUpCompletenessReport {

  private final JdbcClient jdbc;

  public FollowUpCompletenessReport(JdbcClient jdbc) {
    this.jdbc = jdbc;
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

  public Report latest(Actor actor, LocalDate asOf) {
    Optional<String> onlySite = scope(actor);
    Run run =
        jdbc.sql(
                """
                SELECT run_id, completed_at FROM report_run
                WHERE job_name = ? AND as_of = ? AND completed_at IS NOT NULL ORDER BY completed_at DESC LIMIT 1
                """)
            .params(FollowUpCompletenessJobConfiguration.JOB, asOf)
            .query(
                (rs, row) ->
                    new Run(
                        rs.getLong("run_id"),
                        rs.getObject("completed_at", OffsetDateTime.class).toInstant()))
            .optional()
            .orElseThrow(() -> new NotFoundException("report for " + asOf));
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

  private record Run(long id, Instant completedAt) {}

  private static Optional<String> scope(Actor actor) {
    if (actor.isCoordinator()) {
      return Optional.empty();
    }
    if (actor.roles().contains(Role.SITE_LEAD) && actor.site().isPresent()) {
      return actor.site().map(Object::toString);
    }
    throw new AccessDeniedException("reports are for coordinators and site leads");
  }
}
