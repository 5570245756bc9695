package no.followup.registry.persistence.audit;

import java.time.Instant;
import java.util.UUID;
import no.followup.registry.application.audit.AuditEntry;

/** Audit entries for the trail's tests: a site's infusion of 0.4 mg/kg, as staff record it. */
final class AuditEntries {

  private AuditEntries() {}

  static AuditEntry entry(String site, String action) {
    return new AuditEntry(
        Instant.now(),
        "staff.ous",
        site,
        action,
        "infusion",
        UUID.randomUUID().toString(),
        UUID.randomUUID(),
        "care",
        null,
        null,
        "{\"doseMgPerKg\":0.4}");
  }
}
