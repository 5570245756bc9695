package no.followup.registry.batch.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import no.followup.registry.application.RegistryClock;
import no.followup.registry.application.access.AccessDeniedException;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.access.Role;
import no.followup.registry.application.report.ReportJobs;
import no.followup.registry.application.schedule.ReportSchedule;
import no.followup.registry.application.schedule.ReportSchedules;
import no.followup.registry.application.schedule.ScheduleFiring;
import no.followup.registry.batch.BatchTestDatabase;
import no.followup.registry.batch.WorkerWithUseCases;
import no.followup.registry.batch.worker.BatchApplication;
import no.followup.registry.domain.shared.RecordRejectedException;
import no.followup.registry.persistence.schedule.JdbcReportScheduleStore;
import no.followup.registry.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Schedules are validated, and a due schedule fires exactly once although two registry instances
 * (two connection pools, two firing components) poll at the same moment.
 */
@SpringBootTest(
    classes = {BatchApplication.class, WorkerWithUseCases.class},
    properties = {
      "spring.batch.job.enabled=false",
      "spring.batch.jdbc.initialize-schema=never",
      "registry.schedules.enabled=false"
    })
class ReportSchedulesTest {

  private static final TestDatabase DATABASE = TestDatabase.migrated();
  private static final Actor COORDINATOR =
      new Actor("coordinator", Optional.empty(), Set.of(Role.COORDINATOR));

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry properties) {
    BatchTestDatabase.use(DATABASE, properties);
  }

  @Autowired ReportSchedules schedules;
  @Autowired ScheduleFiring firing;
  @Autowired ReportJobs jobs;
  @Autowired RegistryClock clock;
  @Autowired JdbcClient jdbc;

  @Test
  void a_bad_cron_an_unknown_job_or_a_schedule_firing_every_few_seconds_is_refused() {
    assertThat(rejection("dataQuality", "every day")).containsExactly("cron:cron-expression");
    assertThat(rejection("dataQuality", "*/10 * * * * *"))
        .containsExactly("cron:at-most-once-a-minute");
    assertThat(rejection("noSuchJob", "0 0 6 * * MON")).containsExactly("jobName:known-job");
    assertThat(rejection(null, null)).containsExactly("jobName:required", "cron:required");
    Actor lead = new Actor("lead", Optional.empty(), Set.of(Role.SITE_LEAD));
    assertThatThrownBy(() -> schedules.create(lead, "dataQuality", "0 0 6 * * MON", null))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void a_new_schedule_waits_for_its_first_time_in_norwegian_time() {
    ReportSchedule created =
        schedules.create(COORDINATOR, "nationalAggregation", "0 0 6 * * MON", null);

    assertThat(created.nextFireAt()).isAfter(clock.now());
    assertThat(created.lastExecutionId()).as("never fired: no run (was 0)").isNull();
    assertThat(created.lastFiredAt()).isNull();
    assertThat(created.nextFireAt().atZone(RegistryClock.NORWAY).getHour()).isEqualTo(6);
    assertThat(schedules.list(COORDINATOR)).extracting(ReportSchedule::id).contains(created.id());
    schedules.delete(COORDINATOR, created.id());
    assertThat(schedules.list(COORDINATOR))
        .extracting(ReportSchedule::id)
        .doesNotContain(created.id());
  }

  @Test
  void due_schedules_fire_once_each_when_two_instances_poll_together() throws Exception {
    for (int i = 0; i < 10; i++) {
      schedules.create(COORDINATOR, "dataQuality", "0 0 6 * * *", LocalDate.of(2026, 6, 30));
    }
    jdbc.sql("UPDATE report_schedule SET next_fire_at = now() - interval '1 minute'").update();
    try (HikariDataSource secondPool = new HikariDataSource()) {
      secondPool.setJdbcUrl(DATABASE.settings().url());
      secondPool.setUsername(DATABASE.settings().user());
      secondPool.setPassword(DATABASE.settings().password());
      ScheduleFiring secondInstance =
          new ScheduleFiring(
              new JdbcReportScheduleStore(JdbcClient.create(secondPool)),
              new TransactionTemplate(new DataSourceTransactionManager(secondPool)),
              jobs,
              clock);
      CyclicBarrier together = new CyclicBarrier(2);
      CompletableFuture<Integer> first =
          CompletableFuture.supplyAsync(() -> fire(firing, together));
      CompletableFuture<Integer> second =
          CompletableFuture.supplyAsync(() -> fire(secondInstance, together));

      assertThat(first.get() + second.get()).isEqualTo(10);
    }
    assertThat(count("SELECT count(*) FROM report_schedule_firing")).isEqualTo(10);
    assertThat(count("SELECT count(*) FROM report_schedule_firing WHERE execution_id IS NOT NULL"))
        .as(
            "every firing started its job: %s",
            jdbc.sql("SELECT * FROM report_schedule_firing").query().listOfRows())
        .isEqualTo(10);
    assertThat(count("SELECT count(DISTINCT execution_id) FROM report_schedule_firing"))
        .isEqualTo(10);
    assertThat(count("SELECT count(*) FROM report_schedule WHERE next_fire_at <= now()")).isZero();
    assertThat(firing.fireDue()).as("nothing is due any more").isZero();
  }

  @Test
  void a_paused_schedule_never_fires_and_resumes_at_its_next_time_in_norwegian_time() {
    ReportSchedule created =
        schedules.create(COORDINATOR, "followUpCompleteness", "0 30 6 * * *", null);
    ReportSchedule paused = schedules.pause(COORDINATOR, created.id(), true);
    jdbc.sql("UPDATE report_schedule SET next_fire_at = now() - interval '1 minute' WHERE id = ?")
        .param(created.id())
        .update();

    firing.fireDue();

    assertThat(paused.paused()).isTrue();
    assertThat(schedules.nextFirings(paused, 3)).isEmpty();
    assertThat(
            count(
                "SELECT count(*) FROM report_schedule_firing WHERE schedule_id = '"
                    + created.id()
                    + "'"))
        .isZero();
    ReportSchedule resumed = schedules.pause(COORDINATOR, created.id(), false);
    assertThat(resumed.nextFireAt()).as("not the time missed while paused").isAfter(clock.now());
    assertThat(schedules.nextFirings(resumed, 3))
        .hasSize(3)
        .allSatisfy(
            at -> {
              assertThat(at.getHour()).isEqualTo(6);
              assertThat(at.getMinute()).isEqualTo(30);
            });
    schedules.delete(COORDINATOR, created.id());
  }

  private static int fire(ScheduleFiring instance, CyclicBarrier together) {
    try {
      together.await();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return instance.fireDue();
  }

  private List<String> rejection(String job, String cron) {
    try {
      schedules.create(COORDINATOR, job, cron, null);
      throw new AssertionError("accepted " + job + " at " + cron);
    } catch (RecordRejectedException e) {
      return e.violations().stream().map(v -> v.field() + ":" + v.rule()).toList();
    }
  }

  private int count(String sql) {
    return jdbc.sql(sql).query(Integer.class).single();
  }
}
