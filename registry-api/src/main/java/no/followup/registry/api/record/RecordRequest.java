package no.followup.registry.api.record;

/**
 * A record as a site sends it. {@code reason} is required on corrections and ignored on creation.
 */
public interface RecordRequest {
  String reason();
}
