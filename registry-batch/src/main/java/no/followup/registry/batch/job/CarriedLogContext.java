package no.followup.registry.batch.job;

import java.util.Map;
import java.util.concurrent.Callable;
import org.slf4j.MDC;
import org.springframework.core.task.TaskDecorator;

/**
 * Carries the log context of the thread that hands work over (the request id of the request that
 * started a job) onto the thread that does it, so a job's log lines are found by that id too.
 */
public final class CarriedLogContext implements TaskDecorator {

  @Override
  public Runnable decorate(Runnable work) {
    Map<String, String> carried = MDC.getCopyOfContextMap();
    return () -> within(carried, work);
  }

  /** The callable with the caller's log context, for executors without a task decorator. */
  public static <T> Callable<T> carrying(Callable<T> work) {
    Map<String, String> carried = MDC.getCopyOfContextMap();
    return () -> {
      Map<String, String> own = MDC.getCopyOfContextMap();
      set(carried);
      try {
        return work.call();
      } finally {
        set(own);
      }
    };
  }

  private static void within(Map<String, String> carried, Runnable work) {
    Map<String, String> own = MDC.getCopyOfContextMap();
    set(carried);
    try {
      work.run();
    } finally {
      set(own);
    }
  }

  private static void set(Map<String, String> context) {
    if (context == null) {
      MDC.clear();
    } else {
      MDC.setContextMap(context);
    }
  }
}
