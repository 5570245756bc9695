package no.followup.registry.api.security;

/** The {@code @PreAuthorize} expressions of the API, one per group of callers. */
public final class Roles {

  public static final String SITE = "hasAnyRole('SITE_STAFF', 'SITE_LEAD')";
  public static final String SITE_OR_COORDINATOR =
      "hasAnyRole('SITE_STAFF', 'SITE_LEAD', 'COORDINATOR')";
  public static final String COORDINATOR = "hasRole('COORDINATOR')";
  public static final String AUDITOR = "hasRole('AUDITOR')";
  public static final String EXPORT_USERS = "hasAnyRole('RESEARCHER', 'COORDINATOR')";
  public static final String REPORT_READERS = "hasAnyRole('COORDINATOR', 'SITE_LEAD')";

  /** The study definitions: whoever submits records or analyses them. */
  public static final String STUDY_READERS =
      "hasAnyRole('SITE_STAFF', 'SITE_LEAD', 'COORDINATOR', 'RESEARCHER')";

  private Roles() {}
}
