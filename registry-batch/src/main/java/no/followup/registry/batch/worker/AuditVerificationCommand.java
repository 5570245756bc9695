package no.followup.registry.batch.worker;

import java.time.Instant;
import java.util.Base64;
import no.followup.registry.application.audit.AnchorLog;
import no.followup.registry.application.audit.AuditAnchors;
import no.followup.registry.application.audit.AuditChainVerification;
import no.followup.registry.application.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code --verify-audit}: recomputes every audit hash chain and checks it against the latest signed
 * anchor, the same check as the auditors' endpoint, for an operator or a nightly timer. Exit code 0
 * when intact, 2 at the first broken row (named by chain and sequence number).
 */
final class AuditVerificationCommand {

  static final String FLAG = "--verify-audit";
  static final String ANCHOR_FLAG = "--anchor-audit";
  static final int BROKEN = 2;

  private static final Logger log = LoggerFactory.getLogger(AuditVerificationCommand.class);

  private AuditVerificationCommand() {}

  /** {@code --anchor-audit}: signs the chain heads now and appends the anchor (exit 0). */
  static int anchor(ConfigurableApplicationContext context) {
    AuditAnchors.Anchor anchor = anchors(context).anchor(Instant.now());
    log.info("audit anchored: {} chain heads at {}", anchor.heads().size(), anchor.at());
    return SpringApplication.exit(context, () -> 0);
  }

  static int run(ConfigurableApplicationContext context) {
    AuditChainVerification.Result chains =
        new AuditChainVerification(context.getBean(AuditTrail.class)).verify();
    AuditAnchors.Check anchor = anchors(context).checkLatest();
    AuditChainVerification.Result result =
        new AuditChainVerification.Result(
            chains.rowsChecked(), chains.firstBroken().or(anchor::broken));
    if (result.intact()) {
      log.info(
          "audit trail intact: {} rows checked, latest anchor {}",
          result.rowsChecked(),
          anchor.anchoredAt().map(Object::toString).orElse("(none yet)"));
    } else {
      var broken = result.firstBroken().orElseThrow();
      log.error(
          "audit trail BROKEN at chain {} row {}: {} ({} rows checked)",
          broken.chainKey(),
          broken.seq(),
          broken.problem(),
          result.rowsChecked());
    }
    return SpringApplication.exit(context, () -> result.intact() ? 0 : BROKEN);
  }

  /** The anchors need their key ({@code REGISTRY_AUDIT_ANCHOR_KEY}); without it nothing runs. */
  private static AuditAnchors anchors(ConfigurableApplicationContext context) {
    String key = context.getEnvironment().getProperty("registry.audit.anchor-key", "");
    if (key.isBlank()) {
      throw new IllegalStateException(
          "REGISTRY_AUDIT_ANCHOR_KEY must be set to anchor or verify the audit trail");
    }
    return new AuditAnchors(
        context.getBean(AuditTrail.class),
        context.getBean(AnchorLog.class),
        Base64.getDecoder().decode(key.strip()));
  }
}
