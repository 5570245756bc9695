package no.followup.registry.application.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.access.NotFoundException;
import no.followup.registry.domain.assessment.KaplanMeier;
import no.followup.registry.domain.study.EpisodeKind;
import no.followup.registry.domain.treatment.PatientMonths;
import org.springframework.stereotype.Service;

/**
 * The latest complete national aggregation for a date, with means and rates worked out from the
 * stored sums: coordinators see every site, region and the nation; a site lead only their site.
 */
@Service
public class NationalAggregationReport {

  /** The job whose runs this report reads. */
  public static final String JOB = "nationalAggregation";

  private final ReportTables tables;

  public NationalAggregationReport(ReportTables tables) {
    this.tables = tables;
  }

  public record Report(long runId, LocalDate asOf, Instant completedAt, List<Scope> scopes) {}

  /** One site, health region or the nation. */
  public record Scope(
      String level,
      String code,
      Cohort cohort,
      List<VisitOutcome> visits,
      List<AdverseEvents> adverseEvents,
      List<SignalAssessments> signalAssessments,
      Durability durability,
      List<Episodes> treatmentCourse,
      List<EpisodeResponse> responseByEpisodeKind) {}

  /**
   * How each kind of episode worked (induction, maintenance, new series), each episode's scores
   * measured against its own baseline (maintenance: that of the series it maintains): the median
   * days from the episode's first session to its response (empty with no responder), and how long
   * the response lasted, censored at the episode's last score ({@link Durability}; its responders
   * are the episodes that responded).
   */
  public record EpisodeResponse(
      String kind, BigDecimal medianDaysToResponse, Durability durability) {

    /** Responders counted by the days it took them. */
    public record DaysToResponse(String kind, int days, int responders) {}

    /** A row of an episode kind's life table. */
    public record DurationRow(String kind, KaplanMeier.Time time) {}

    /** Every kind in course order, with none of a kind as no responders. */
    public static List<EpisodeResponse> everyKind(
        List<DaysToResponse> toResponse, List<DurationRow> durations) {
      return Arrays.stream(EpisodeKind.values())
          .map(
              kind ->
                  new EpisodeResponse(
                      kind.name(),
                      median(
                          toResponse.stream().filter(d -> d.kind().equals(kind.name())).toList()),
                      Durability.of(
                          durations.stream()
                              .filter(d -> d.kind().equals(kind.name()))
                              .map(DurationRow::time)
                              .toList())))
          .toList();
    }

    /** The median of counted days (the mean of the two middle ones for an even count). */
    static BigDecimal median(List<DaysToResponse> counted) {
      List<Integer> days =
          counted.stream()
              .sorted(Comparator.comparingInt(DaysToResponse::days))
              .flatMap(d -> Collections.nCopies(d.responders(), d.days()).stream())
              .toList();
      if (days.isEmpty()) {
        return null;
      }
      int middle = days.size() / 2;
      BigDecimal upper = BigDecimal.valueOf(days.get(middle));
      return days.size() % 2 == 1
          ? upper.setScale(1)
          : upper
              .add(BigDecimal.valueOf(days.get(middle - 1)))
              .divide(BigDecimal.valueOf(2), 1, RoundingMode.UNNECESSARY);
    }
  }

  /**
   * The episodes of one kind (induction, maintenance, new series) begun by the date: how many, by
   * how many participants, the patient-months spent in them (days / 30.4375) and the treatment
   * sessions given within them, per patient-month (empty with no time to divide by).
   */
  public record Episodes(
      String kind,
      int episodes,
      int participants,
      BigDecimal patientMonths,
      long sessions,
      BigDecimal sessionsPerPatientMonth) {

    public static Episodes of(
        String kind, int episodes, int participants, long days, long sessions) {
      return new Episodes(
          kind,
          episodes,
          participants,
          PatientMonths.of(days),
          sessions,
          PatientMonths.sessionsPerMonth(sessions, days));
    }

    /** Every kind in course order, with none of a kind as zeros. */
    public static List<Episodes> everyKind(List<Episodes> found) {
      return Arrays.stream(EpisodeKind.values())
          .map(
              kind ->
                  found.stream()
                      .filter(e -> e.kind().equals(kind.name()))
                      .findFirst()
                      .orElse(of(kind.name(), 0, 0, 0, 0)))
          .toList();
    }
  }

  /**
   * How long response lasted: of the enrolments that responded, how many relapsed (as their study
   * version defines it) by the date; the Kaplan–Meier share still in response 1, 3, 6 and 12 months
   * after response (proportions, empty when nobody was followed that long); the median duration of
   * response in days with its 95 % limits (empty when not reached).
   */
  public record Durability(
      int responders,
      int relapses,
      BigDecimal inResponseAfter1Month,
      BigDecimal inResponseAfter3Months,
      BigDecimal inResponseAfter6Months,
      BigDecimal inResponseAfter12Months,
      Integer medianDays,
      Integer medianLowerDays,
      Integer medianUpperDays) {

    public static Durability of(List<KaplanMeier.Time> times) {
      KaplanMeier estimate = KaplanMeier.of(times);
      return new Durability(
          estimate.people(),
          estimate.relapses(),
          share(estimate, 30),
          share(estimate, 91),
          share(estimate, 182),
          share(estimate, 365),
          estimate.median().orElse(null),
          estimate.medianLower().orElse(null),
          estimate.medianUpper().orElse(null));
    }

    private static BigDecimal share(KaplanMeier estimate, int days) {
      return estimate.publishedShareAt(days).orElse(null);
    }
  }

  /** Enrolments by status as of the date, and their exposure. */
  public record Cohort(
      int enrolled,
      int active,
      int withdrawn,
      int discontinued,
      int infusions,
      int participantsInfused,
      BigDecimal infusionsPerParticipant,
      int participantsPastProtocolLimits,
      int adverseEvents,
      int seriousAdverseEvents) {}

  /** MADRS at one visit; rates are proportions (0 to 1), empty where there is nothing to divide. */
  public record VisitOutcome(
      String visit,
      int assessed,
      BigDecimal meanMadrs,
      int withBaseline,
      BigDecimal meanChangeFromBaseline,
      int responders,
      BigDecimal responseRate,
      int remitters,
      BigDecimal remissionRate) {}

  /** Adverse events of one term and grade. */
  public record AdverseEvents(
      String term, int grade, int events, int serious, BigDecimal per100Infusions) {}

  /**
   * How long one kind of signal waited for a coordinator's conclusion: the median (the mean of the
   * two middle times for an even count) and the 90th percentile (the shortest time that at least 90
   * % of the assessed signals waited no longer than), in minutes; empty when none was assessed.
   */
  public record SignalAssessments(
      String kind,
      int raised,
      int assessed,
      BigDecimal medianMinutes,
      Integer percentile90Minutes) {

    public static SignalAssessments of(String kind, int raised, List<Integer> sortedMinutes) {
      int n = sortedMinutes.size();
      if (n == 0) {
        return new SignalAssessments(kind, raised, 0, null, null);
      }
      long middleSum = (long) sortedMinutes.get((n - 1) / 2) + sortedMinutes.get(n / 2);
      int rank = (int) Math.ceil(0.9 * n);
      return new SignalAssessments(
          kind,
          raised,
          n,
          BigDecimal.valueOf(middleSum).divide(BigDecimal.valueOf(2), 1, RoundingMode.UNNECESSARY),
          sortedMinutes.get(rank - 1));
    }
  }

  /** The as-of date of the most recently completed aggregation, if there is one. */
  public Optional<LocalDate> latestAsOf() {
    return tables.latestCompletedAsOf(JOB);
  }

  public Report latest(Actor actor, LocalDate asOf) {
    Optional<String> onlySite = ReportScope.onlySiteOf(actor);
    CompletedRun run =
        tables
            .latestComplete(JOB, asOf)
            .orElseThrow(() -> new NotFoundException("report for " + asOf));
    return tables.aggregation(run, onlySite);
  }

  /** numerator / denominator at the scale, half up; null when there is nothing to divide by. */
  public static BigDecimal ratio(long numerator, long denominator, int scale) {
    return denominator == 0
        ? null
        : BigDecimal.valueOf(numerator)
            .divide(BigDecimal.valueOf(denominator), scale, RoundingMode.HALF_UP);
  }
}
