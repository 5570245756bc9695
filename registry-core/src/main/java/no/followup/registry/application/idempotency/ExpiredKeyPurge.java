package no.followup.registry.application.idempotency;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Keys are kept 30 days, then deleted with the responses they hold: every night (Norwegian time) on
 * each instance; a second instance deleting the same rows finds none left.
 */
@Service
public class ExpiredKeyPurge {

  private static final Logger log = LoggerFactory.getLogger(ExpiredKeyPurge.class);

  private final IdempotencyKeys keys;

  public ExpiredKeyPurge(IdempotencyKeys keys) {
    this.keys = keys;
  }

  @Scheduled(cron = "${registry.idempotency.purge-cron:0 15 3 * * *}", zone = "Europe/Oslo")
  public int purge() {
    int deleted = keys.deleteExpired();
    log.info("deleted {} expired idempotency key(s)", deleted);
    return deleted;
  }
}
