package no.followup.registry.application.audit;

import no.followup.registry.application.RegistryClock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/** Anchors the audit chains every night (Norwegian time); operators anchor on demand too. */
@Service
public class DailyAuditAnchor {

  private final AuditAnchors anchors;
  private final RegistryClock clock;

  public DailyAuditAnchor(AuditAnchors anchors, RegistryClock clock) {
    this.anchors = anchors;
    this.clock = clock;
  }

  @Scheduled(cron = "${registry.audit.anchor-cron:0 0 2 * * *}", zone = "Europe/Oslo")
  public void anchor() {
    anchors.anchor(clock.now());
  }
}
