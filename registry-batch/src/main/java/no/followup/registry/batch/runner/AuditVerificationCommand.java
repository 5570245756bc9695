package no.followup.registry.batch.runner;

import no.followup.registry.application.audit.AuditChainVerification;
import no.followup.registry.application.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code --verify-audit}: recomputes every audit hash chain, the same check as the auditors'
 * endpoint, for an operator or a nightly timer. Exit code 0 when intact, 2 at the first broken row
 * (named by chain and sequence number).
 */
final class AuditVerificationCommand {

  static final String FLAG = "--verify-audit";
  static final int BROKEN = 2;

  private static final Logger log = LoggerFactory.getLogger(AuditVerificationCommand.class);

  private AuditVerificationCommand() {}

  static int run(ConfigurableApplicationContext context) {
    AuditChainVerification.Result result =
        new AuditChainVerification(context.getBean(AuditTrail.class)).verify();
    if (result.intact()) {
      log.info("audit trail intact: {} rows checked", result.rowsChecked());
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
}
