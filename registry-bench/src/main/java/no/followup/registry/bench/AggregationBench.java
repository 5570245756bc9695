package no.followup.registry.bench;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.followup.registry.batch.aggregation.AggregationQueries;
import no.followup.registry.batch.worker.BatchApplication;
import no.followup.registry.testsupport.TestDatabase;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The nationalAggregation job against plain SQL computing the same figures: the job's own SELECTs,
 * run bare, one per table, site after site, on the same database in the same run.
 */
final class AggregationBench {

  static final LocalDate AS_OF = LocalDate.of(2026, 10, 31);
  private static final List<String> SITES =
      List.of("OUS", "SOHF", "KKO", "HUS", "SUS", "STO", "UNN");

  /**
   * The sizes and times, and where the plain SQL's last run spent its time: seconds per statement
   * (named by the table it fills), summed over the sites.
   */
  record Result(
      int participants,
      long infusions,
      double jobSeconds,
      double sqlSeconds,
      Map<String, Double> secondsPerStatement) {}

  private AggregationBench() {}

  static Result run(int participants, int runs) throws Exception {
    TestDatabase database = TestDatabase.migrated();
    JdbcClient jdbc = JdbcClient.create(database.dataSource());
    long infusions = SyntheticTables.fill(jdbc, participants);
    try (ConfigurableApplicationContext batch = batchApplication(database)) {
      JobOperator operator = batch.getBean(JobOperator.class);
      Job job = batch.getBean("nationalAggregation", Job.class);
      long[] run = {0};
      double jobSeconds =
          Measured.medianSeconds(
              runs,
              () -> {
                var execution =
                    operator.start(
                        job,
                        new JobParametersBuilder()
                            .addLocalDate("asOf", AS_OF)
                            .addLong("run", ++run[0])
                            .toJobParameters());
                if (execution.getStatus() != BatchStatus.COMPLETED) {
                  throw new IllegalStateException("the job ended " + execution.getStatus());
                }
              });
      Map<String, Double> perStatement = new LinkedHashMap<>();
      double sqlSeconds;
      try (SingleConnectionDataSource connection = plainSqlConnection(database)) {
        JdbcClient plain = JdbcClient.create(connection);
        sqlSeconds = Measured.medianSeconds(runs, () -> plainSql(plain, perStatement));
      }
      return new Result(participants, infusions, jobSeconds, sqlSeconds, perStatement);
    }
  }

  /** One connection whose statements are planned for their parameters, as the job's are. */
  private static SingleConnectionDataSource plainSqlConnection(TestDatabase database)
      throws SQLException {
    SingleConnectionDataSource connection =
        new SingleConnectionDataSource(database.dataSource().getConnection(), true);
    JdbcClient.create(connection).sql("SET plan_cache_mode = force_custom_plan").update();
    return connection;
  }

  /**
   * The figures of every site by the job's own queries, without the job around them; each
   * statement's time over the sites is left in {@code secondsPerStatement} (the last run's).
   */
  private static void plainSql(JdbcClient jdbc, Map<String, Double> secondsPerStatement) {
    secondsPerStatement.clear();
    for (String site : SITES) {
      for (AggregationQueries.PlainSelect select : AggregationQueries.plainSelects()) {
        long start = System.nanoTime();
        jdbc.sql(select.sql())
            .param("run", 0L)
            .param("site", site)
            .param("asOf", AS_OF)
            .query()
            .listOfRows();
        secondsPerStatement.merge(select.table(), (System.nanoTime() - start) / 1e9, Double::sum);
      }
    }
  }

  private static ConfigurableApplicationContext batchApplication(TestDatabase database) {
    List<String> arguments =
        new java.util.ArrayList<>(no.followup.registry.testsupport.RegistryArguments.keys());
    arguments.addAll(
        List.of(
            "--spring.datasource.url=" + database.settings().url(),
            "--spring.datasource.username=" + database.settings().user(),
            "--spring.datasource.password=" + database.settings().passwordOrEmpty(),
            "--spring.flyway.enabled=false",
            "--spring.batch.job.enabled=false",
            "--spring.batch.jdbc.initialize-schema=never",
            "--registry.schedules.enabled=false",
            "--spring.main.banner-mode=off",
            "--logging.level.root=WARN"));
    // The worker's own settings, as its command runs it; the API's application.yaml is on this
    // classpath too, and names health contributors only the API has.
    return new SpringApplicationBuilder(BatchApplication.class)
        .web(WebApplicationType.NONE)
        .properties("spring.config.name=batch-runner")
        .run(arguments.toArray(String[]::new));
  }
}
