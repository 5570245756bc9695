package no.followup.registry.application.report;

/** The job repository refused to start a job (a run with the same parameters is running, say). */
public class JobStartException extends RuntimeException {

  public JobStartException(String jobName, Throwable cause) {
    super("job " + jobName + " could not start: " + cause.getMessage(), cause);
  }
}
