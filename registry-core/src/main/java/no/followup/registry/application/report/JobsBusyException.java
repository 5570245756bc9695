package no.followup.registry.application.report;

/** As many jobs are running and waiting as the registry takes; the caller tries again later. */
public class JobsBusyException extends RuntimeException {

  public JobsBusyException() {
    super("the registry is running and queueing as many jobs as it takes; try again in a minute");
  }
}
