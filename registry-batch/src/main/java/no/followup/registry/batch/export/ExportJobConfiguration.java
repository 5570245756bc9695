package no.followup.registry.batch.export;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.followup.registry.application.export.DatasetExport;
import no.followup.registry.application.export.Datasets;
import no.followup.registry.application.export.ExportStore;
import no.followup.registry.batch.aggregation.Aggregations;
import no.followup.registry.domain.research.DataAccessProject;
import no.followup.registry.domain.research.DataAccessProjects;
import no.followup.registry.export.dataset.DatasetExporter;
import no.followup.registry.export.dataset.ReleaseScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * One export job per dataset ({@code aggregatedOutcomesExport}, {@code evaluation2028Export}), so
 * they can be started and scheduled like the report jobs. A job writes the whole file in one step
 * (rows stream from a cursor, so the step is one read transaction); a restart writes it again from
 * the start under the same release id, so the same pseudonyms and the same rows.
 */
@Configuration(proxyBeanMethods = false)
class ExportJobConfiguration {

  static final String AGGREGATED_OUTCOMES = "aggregatedOutcomesExport";
  static final String EVALUATION_2028 = "evaluation2028Export";

  /** Each dataset's export job. */
  static final Map<String, String> JOB_OF_DATASET =
      Map.of(
          Datasets.AGGREGATED_OUTCOMES, AGGREGATED_OUTCOMES,
          Datasets.EVALUATION_2028, EVALUATION_2028);

  /** The parameter carrying the release id; a scheduled run derives one from its instance. */
  static final String EXPORT_ID = "exportId";

  @Bean
  Job aggregatedOutcomesExport(
      JobRepository jobs,
      PlatformTransactionManager transactions,
      DatasetExporter exporter,
      ExportStore records,
      Aggregations aggregations,
      DataAccessProjects projects) {
    return exportJob(
        Datasets.AGGREGATED_OUTCOMES,
        jobs,
        transactions,
        exporter,
        records,
        aggregations,
        projects);
  }

  @Bean
  Job evaluation2028Export(
      JobRepository jobs,
      PlatformTransactionManager transactions,
      DatasetExporter exporter,
      ExportStore records,
      Aggregations aggregations,
      DataAccessProjects projects) {
    return exportJob(
        Datasets.EVALUATION_2028, jobs, transactions, exporter, records, aggregations, projects);
  }

  private static Job exportJob(
      String dataset,
      JobRepository jobs,
      PlatformTransactionManager transactions,
      DatasetExporter exporter,
      ExportStore records,
      Aggregations aggregations,
      DataAccessProjects projects) {
    String jobName = JOB_OF_DATASET.get(dataset);
    Step write =
        new StepBuilder(jobName + "Write", jobs)
            .tasklet(
                (contribution, chunk) -> {
                  JobExecution execution = contribution.getStepExecution().getJobExecution();
                  String exportId = exportId(execution);
                  LocalDate asOf = execution.getJobParameters().getLocalDate("asOf");
                  Long aggregationRun =
                      dataset.equals(Datasets.AGGREGATED_OUTCOMES)
                          ? aggregations.latestOrCompute(
                              asOf, execution.getJobInstance().getInstanceId())
                          : null;
                  ReleaseScope scope =
                      dataset.equals(Datasets.EVALUATION_2028)
                          ? releaseScope(exportId, records, projects)
                          : null;
                  DatasetExporter.ExportedFile written =
                      exporter.export(dataset, exportId, asOf, aggregationRun, scope);
                  records.released(exportId, written.released());
                  records.completed(
                      exportId, aggregationRun, written.rowCounts(), written.checksum());
                  contribution.incrementWriteCount(
                      written.rowCounts().values().stream().mapToLong(Long::longValue).sum());
                  return RepeatStatus.FINISHED;
                },
                transactions)
            .build();
    return new JobBuilder(jobName, jobs)
        .listener(new ExportProgress(dataset, records))
        .start(write)
        .build();
  }

  /** A row-level release holds what its data-access project was approved for, nothing else. */
  private static ReleaseScope releaseScope(
      String exportId, ExportStore records, DataAccessProjects projects) {
    DataAccessProject project =
        records
            .find(exportId)
            .map(DatasetExport::projectId)
            .flatMap(projects::find)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "a row-level release is made only for a data-access project"));
    return new ReleaseScope(
        project.studyCode(),
        project.periodFrom(),
        project.periodTo(),
        Set.copyOf(project.approvedVariables()));
  }

  /**
   * The release id: the one a researcher's request gave, else (a schedule, the worker) a random one
   * kept in the job's context, which a restart carries over. Random either way, never guessable.
   */
  static String exportId(JobExecution execution) {
    String given = execution.getJobParameters().getString(EXPORT_ID);
    if (given != null) {
      return given;
    }
    if (!execution.getExecutionContext().containsKey(EXPORT_ID)) {
      execution.getExecutionContext().putString(EXPORT_ID, UUID.randomUUID().toString());
    }
    return execution.getExecutionContext().getString(EXPORT_ID);
  }

  /**
   * Moves the export record along with its job: running, then failed if the job did not end well.
   */
  private record ExportProgress(String dataset, ExportStore records)
      implements JobExecutionListener {

    @Override
    public void beforeJob(JobExecution execution) {
      String exportId = exportId(execution);
      String startedBy = execution.getJobParameters().getString("startedBy");
      records.queued(
          exportId,
          dataset,
          execution.getJobParameters().getLocalDate("asOf"),
          startedBy == null ? "batch worker" : startedBy);
      records.running(exportId, execution.getId());
    }

    @Override
    public void afterJob(JobExecution execution) {
      if (!execution.getStatus().name().equals("COMPLETED")) {
        records.failed(
            exportId(execution),
            execution.getAllFailureExceptions().stream()
                .map(t -> t.getClass().getSimpleName())
                .distinct()
                .toList()
                .toString());
      }
    }
  }
}
