package no.followup.registry.api.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import no.followup.registry.api.security.Roles;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.access.NotFoundException;
import no.followup.registry.application.report.FollowUpCompletenessReport;
import no.followup.registry.application.report.NationalAggregationReport;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Reports")
class ReportController {

  static final String FOLLOW_UP_COMPLETENESS = "follow-up-completeness";
  static final String NATIONAL_AGGREGATION = "national-aggregation";

  private final FollowUpCompletenessReport completeness;
  private final NationalAggregationReport aggregation;

  ReportController(FollowUpCompletenessReport completeness, NationalAggregationReport aggregation) {
    this.completeness = completeness;
    this.aggregation = aggregation;
  }

  @GetMapping("/api/v1/reports/{name}")
  @PreAuthorize(Roles.REPORT_READERS)
  @Operation(
      operationId = "getReport",
      summary =
          "The latest complete run of a report (follow-up-completeness, national-aggregation) as of a date; site leads see their own site only")
  public Object report(Actor actor, @PathVariable String name, @RequestParam LocalDate asOf) {
    return switch (name) {
      case FOLLOW_UP_COMPLETENESS -> completeness.latest(actor, asOf);
      case NATIONAL_AGGREGATION -> aggregation.latest(actor, asOf);
      default -> throw new NotFoundException("report " + name);
    };
  }
}
