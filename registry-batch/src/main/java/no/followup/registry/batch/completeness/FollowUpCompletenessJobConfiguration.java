package no.followup.registry.batch.completeness;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import no.followup.registry.application.report.FollowUpCompletenessReport;
import no.followup.registry.batch.partition.ReportRuns;
import no.followup.registry.batch.partition.SitePartitionedStep;
import no.followup.registry.batch.partition.SitePartitioner;
import no.followup.registry.domain.study.EpisodeKind;
import no.followup.registry.domain.study.FirstAssessed;
import no.followup.registry.domain.study.ScheduledEpisode;
import no.followup.registry.domain.study.Studies;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.batch.infrastructure.item.database.builder.JdbcCursorItemReaderBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code followUpCompleteness(asOf)}: opens a run, computes every visit's state per site (one
 * partition per site, in parallel), then sums them per site in SQL and marks the run complete.
 * Every write is keyed by run, enrolment and visit, so a restart after a crash rewrites nothing
 * twice and ends with the figures of an uninterrupted run.
 */
@Configuration(proxyBeanMethods = false)
class FollowUpCompletenessJobConfiguration {

  static final String JOB = FollowUpCompletenessReport.JOB;
  private static final int CHUNK = 500;

  @Bean
  Job followUpCompleteness(
      JobRepository jobs,
      Step followUpCompletenessOpen,
      Step followUpCompletenessBySite,
      Step followUpCompletenessSummary) {
    return new JobBuilder(JOB, jobs)
        .start(followUpCompletenessOpen)
        .next(followUpCompletenessBySite)
        .next(followUpCompletenessSummary)
        .build();
  }

  @Bean
  Step followUpCompletenessOpen(
      JobRepository jobs, PlatformTransactionManager transactions, ReportRuns runs) {
    return new StepBuilder("followUpCompletenessOpen", jobs)
        .tasklet(runs.opening(JOB), transactions)
        .build();
  }

  @Bean
  Step followUpCompletenessBySite(
      JobRepository jobs, Step followUpCompletenessSite, SitePartitioner sites) {
    return SitePartitionedStep.of(
        "followUpCompletenessBySite", jobs, followUpCompletenessSite, sites);
  }

  @Bean
  Step followUpCompletenessSite(
      JobRepository jobs,
      PlatformTransactionManager transactions,
      JdbcCursorItemReader<EnrolmentVisits> followUpCompletenessReader,
      VisitStatusProcessor followUpCompletenessProcessor,
      ItemWriter<List<VisitStatusRow>> followUpCompletenessWriter) {
    return new StepBuilder("followUpCompletenessSite", jobs)
        .<EnrolmentVisits, List<VisitStatusRow>>chunk(CHUNK)
        .transactionManager(transactions)
        .reader(followUpCompletenessReader)
        .processor(followUpCompletenessProcessor)
        .writer(followUpCompletenessWriter)
        .build();
  }

  /** A site's enrolments as of the date, each with the first assessment date of each visit. */
  @Bean
  @StepScope
  JdbcCursorItemReader<EnrolmentVisits> followUpCompletenessReader(
      DataSource dataSource,
      @Value("#{stepExecutionContext['" + SitePartitioner.SITE + "']}") String site,
      @Value("#{jobParameters['asOf']}") LocalDate asOf) {
    return new JdbcCursorItemReaderBuilder<EnrolmentVisits>()
        .name("followUpCompletenessReader")
        .dataSource(dataSource)
        // PostgreSQL streams a cursor only outside autocommit; otherwise it loads the whole result.
        .connectionAutoCommit(false)
        .fetchSize(CHUNK)
        .sql(
            """
            SELECT e.id, e.participant_id, e.site_code, e.study_code, e.study_version,
                   least(CASE WHEN e.withdrawal_date <= ? THEN e.withdrawal_date END,
                         CASE WHEN e.follow_up_end_date <= ? THEN e.follow_up_end_date END) AS follow_up_ended,
                   (SELECT string_agg(concat_ws(' ', s.number, s.kind, s.start_date, s.day_zero, s.next_start),
                                      ',' ORDER BY s.number)
                    FROM episode_schedule(?) s WHERE s.enrolment_id = e.id) AS episodes,
                   coalesce(string_agg(a.episode || ' ' || a.visit_code || ' ' || a.first_date, ','), '') AS received
            FROM enrolment e
            LEFT JOIN (SELECT enrolment_id, episode, visit_code, min(assessment_date) AS first_date
                       FROM assessment
                       WHERE enrolment_id IN (SELECT id FROM enrolment WHERE site_code = ?) AND assessment_date <= ?
                       GROUP BY enrolment_id, episode, visit_code) a ON a.enrolment_id = e.id
            WHERE e.site_code = ? AND e.enrolment_date <= ?
            GROUP BY e.id ORDER BY e.id
            """)
        .queryArguments(asOf, asOf, asOf, site, asOf, site, asOf)
        .rowMapper(
            (rs, row) ->
                new EnrolmentVisits(
                    rs.getObject("id", UUID.class),
                    rs.getObject("participant_id", UUID.class),
                    rs.getString("site_code"),
                    rs.getString("study_code"),
                    rs.getInt("study_version"),
                    episodes(rs.getString("episodes")),
                    rs.getObject("follow_up_ended", LocalDate.class),
                    received(rs.getString("received"))))
        .build();
  }

  @Bean
  @StepScope
  VisitStatusProcessor followUpCompletenessProcessor(
      Studies studies, @Value("#{jobParameters['asOf']}") LocalDate asOf) {
    return new VisitStatusProcessor(studies, asOf);
  }

  /** Writes each visit once per run: a chunk written again after a restart changes nothing. */
  @Bean
  @StepScope
  ItemWriter<List<VisitStatusRow>> followUpCompletenessWriter(
      JdbcTemplate jdbc,
      @Value("#{stepExecution.jobExecution.jobInstance.instanceId}") Long runId) {
    return chunk ->
        jdbc.batchUpdate(
            """
            INSERT INTO report_visit_status (run_id, site_code, participant_id, enrolment_id, episode, visit_code, state,
                                             window_opens, window_closes, received_on)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (run_id, enrolment_id, episode, visit_code) DO NOTHING
            """,
            chunk.getItems().stream()
                .flatMap(List::stream)
                .map(
                    v ->
                        new Object[] {
                          runId,
                          v.siteCode(),
                          v.participantId(),
                          v.enrolmentId(),
                          v.episode(),
                          v.visitCode(),
                          v.state(),
                          v.windowOpens(),
                          v.windowCloses(),
                          v.receivedOn()
                        })
                .toList());
  }

  /** Sums the run's visit states per site and marks the run complete, in one transaction. */
  @Bean
  Step followUpCompletenessSummary(
      JobRepository jobs,
      PlatformTransactionManager transactions,
      JdbcClient jdbc,
      ReportRuns runs) {
    return new StepBuilder("followUpCompletenessSummary", jobs)
        .tasklet(
            (contribution, chunk) -> {
              long runId = ReportRuns.runId(contribution);
              jdbc.sql("DELETE FROM report_follow_up_completeness WHERE run_id = ?")
                  .param(runId)
                  .update();
              jdbc.sql(
                      """
                      INSERT INTO report_follow_up_completeness (run_id, site_code, visits_due, received_in_window, received_late,
                                                                 open_now, missing)
                      SELECT ?, s.code,
                             count(v.*) FILTER (WHERE v.state IN ('RECEIVED_IN_WINDOW', 'RECEIVED_LATE', 'DUE', 'MISSED')),
                             count(v.*) FILTER (WHERE v.state = 'RECEIVED_IN_WINDOW'),
                             count(v.*) FILTER (WHERE v.state = 'RECEIVED_LATE'),
                             count(v.*) FILTER (WHERE v.state = 'DUE'),
                             count(v.*) FILTER (WHERE v.state = 'MISSED')
                      FROM site s LEFT JOIN report_visit_status v ON v.site_code = s.code AND v.run_id = ?
                      GROUP BY s.code
                      """)
                  .params(runId, runId)
                  .update();
              runs.complete(runId);
              return RepeatStatus.FINISHED;
            },
            transactions)
        .build();
  }

  /**
   * {@code episode_schedule} rows as "number kind start day-zero [next-start]", comma-separated.
   */
  private static List<ScheduledEpisode> episodes(String encoded) {
    List<ScheduledEpisode> episodes = new ArrayList<>();
    if (encoded == null) {
      return episodes;
    }
    for (String row : encoded.split(",")) {
      String[] f = row.split(" ");
      episodes.add(
          new ScheduledEpisode(
              Integer.parseInt(f[0]),
              EpisodeKind.valueOf(f[1]),
              LocalDate.parse(f[2]),
              LocalDate.parse(f[3]),
              f.length > 4 ? Optional.of(LocalDate.parse(f[4])) : Optional.empty()));
    }
    return episodes;
  }

  /** First assessment dates as "episode visit date", comma-separated. */
  private static FirstAssessed received(String encoded) {
    FirstAssessed received = new FirstAssessed();
    if (!encoded.isEmpty()) {
      for (String row : encoded.split(",")) {
        String[] f = row.split(" ");
        received.add(Integer.parseInt(f[0]), f[1], LocalDate.parse(f[2]));
      }
    }
    return received;
  }
}
