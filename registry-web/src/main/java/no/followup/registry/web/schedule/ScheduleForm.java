package no.followup.registry.web.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A new schedule as a person says it: a report, a time of day and how often; or, for anything else,
 * a cron expression (six fields, seconds first). The as-of date is the day it runs unless a fixed
 * date is given.
 */
public class ScheduleForm {

  /** How often, in the words of the form; each is a cron expression's last three fields. */
  public enum Repeat {
    DAILY("* * *"),
    WEEKDAYS("* * MON-FRI"),
    MONDAYS("* * MON"),
    MONTHLY("1 * *");

    private final String dayFields;

    Repeat(String dayFields) {
      this.dayFields = dayFields;
    }
  }

  private String jobName;

  @DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
  private LocalTime time = LocalTime.of(6, 0);

  private Repeat repeat = Repeat.WEEKDAYS;
  private String cron;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate asOf;

  /** The cron expression: the one written, or the one the time and repetition make. */
  public String cronExpression() {
    if (cron != null && !cron.isBlank()) {
      return cron.strip();
    }
    if (time == null || repeat == null) {
      return null;
    }
    return "0 " + time.getMinute() + " " + time.getHour() + " " + repeat.dayFields;
  }

  public String getJobName() {
    return jobName;
  }

  public void setJobName(String jobName) {
    this.jobName = jobName;
  }

  public LocalTime getTime() {
    return time;
  }

  public void setTime(LocalTime time) {
    this.time = time;
  }

  public Repeat getRepeat() {
    return repeat;
  }

  public void setRepeat(Repeat repeat) {
    this.repeat = repeat;
  }

  public String getCron() {
    return cron;
  }

  public void setCron(String cron) {
    this.cron = cron;
  }

  public LocalDate getAsOf() {
    return asOf;
  }

  public void setAsOf(LocalDate asOf) {
    this.asOf = asOf;
  }
}
