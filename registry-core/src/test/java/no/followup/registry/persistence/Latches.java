package no.followup.registry.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** For tests that hold one transaction open while another runs. */
public final class Latches {

  private Latches() {}

  /** Waits for the latch, failing the test if it is not counted down within ten seconds. */
  public static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(10, TimeUnit.SECONDS)).as("latch counted down in time").isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
