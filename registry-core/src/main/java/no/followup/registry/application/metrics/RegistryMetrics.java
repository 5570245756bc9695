package no.followup.registry.application.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import java.util.Set;
import java.util.function.Supplier;
import no.followup.registry.application.AfterCommit;
import no.followup.registry.domain.site.SiteCode;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Counts what the registry stored and refused, as operations watch it: {@code
 * registry_records_total{kind, site, outcome="stored"|"refused"}}.
 *
 * <p>A stored record counts when its transaction commits, so a rolled-back request counts nothing
 * stored. A refusal by the rules counts at once, whatever happens to the transaction after. A bulk
 * submission counts its receipt's outcomes itself (its records run {@link #uncounted}: savepoints
 * and a second, record-by-record run would count some twice), and a check without storing counts
 * nothing.
 */
@Component
public class RegistryMetrics {

  static final String RECORDS = "registry.records";

  /** The record kinds a tag may name; a bulk record of any other type counts as "unknown". */
  private static final Set<String> KINDS =
      Set.of(
          "participant",
          "withdrawal",
          "discontinuation",
          "end-of-follow-up",
          "transfer",
          "eligibility",
          "infusion",
          "assessment",
          "adverse-event",
          "lab-result");

  private static final ThreadLocal<Boolean> UNCOUNTED = ThreadLocal.withInitial(() -> false);

  private final MeterRegistry meters;

  /** Without a meter registry (tests of the core alone) the counters go nowhere. */
  public RegistryMetrics(ObjectProvider<MeterRegistry> meters) {
    this.meters = meters.getIfAvailable(() -> Metrics.globalRegistry);
  }

  public void stored(SiteCode site, String kind) {
    if (!UNCOUNTED.get()) {
      Counter stored = records(site, kind, "stored");
      AfterCommit.run(stored::increment);
    }
  }

  public void refused(SiteCode site, String kind) {
    if (!UNCOUNTED.get()) {
      records(site, kind, "refused").increment();
    }
  }

  /** Runs records whose outcomes the caller counts (a submission's receipt) or never counts. */
  public <T> T uncounted(Supplier<T> records) {
    boolean outer = UNCOUNTED.get();
    UNCOUNTED.set(true);
    try {
      return records.get();
    } finally {
      UNCOUNTED.set(outer);
    }
  }

  private Counter records(SiteCode site, String kind, String outcome) {
    String known = kind != null && KINDS.contains(kind) ? kind : "unknown";
    return meters.counter(RECORDS, "kind", known, "site", site.value(), "outcome", outcome);
  }
}
