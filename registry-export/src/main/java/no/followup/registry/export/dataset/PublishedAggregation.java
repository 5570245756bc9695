package no.followup.registry.export.dataset;

/**
 * One national aggregation run as the aggregated-outcomes dataset publishes it: each figure a
 * number, {@code <threshold} for a small count, or {@code suppressed} (a count hidden so that a
 * small one cannot be worked out from the totals, and any mean or rate from a hidden count); an
 * empty rate is null. A scope is {@code NATIONAL/NATIONAL}, {@code REGION/<region>} or {@code
 * SITE/<site code>}.
 */
public interface PublishedAggregation {

  /** A cohort count: enrolled, active, withdrawn, discontinued, infusions, adverse_events, … */
  Object cohort(String level, String code, String measure);

  Object meanMadrs(String level, String code, String visit);

  Object responseRate(String level, String code, String visit);

  Object remissionRate(String level, String code, String visit);
}
