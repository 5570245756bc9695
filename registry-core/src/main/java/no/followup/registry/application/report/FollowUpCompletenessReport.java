package no.followup.registry.application.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.access.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * The latest complete follow-up completeness run for a date: coordinators see every site, a site
 * lead only their own site's figures.
 */
@Service
public class FollowUpCompletenessReport {

  /** The job whose runs this report reads. */
  public static final String JOB = "followUpCompleteness";

  private final ReportTables tables;

  public FollowUpCompletenessReport(ReportTables tables) {
    this.tables = tables;
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
      UUID participantId,
      int episode,
      String visitCode,
      LocalDate windowOpens,
      LocalDate windowCloses) {}

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
    return tables.missingVisits(latestRun(asOf), site);
  }

  public Report latest(Actor actor, LocalDate asOf) {
    Optional<String> onlySite = ReportScope.onlySiteOf(actor);
    CompletedRun run = latestRun(asOf);
    return new Report(run.id(), asOf, run.completedAt(), tables.completeness(run, onlySite));
  }

  /** The latest complete run for the date; readers never see half a report. */
  private CompletedRun latestRun(LocalDate asOf) {
    return tables
        .latestComplete(JOB, asOf)
        .orElseThrow(() -> new NotFoundException("report for " + asOf));
  }
}
