package no.followup.registry.api.submission;

import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * One record of a bulk submission. {@code type} is {@code participant}, {@code infusion}, {@code
 * assessment}, {@code adverse-event}, {@code lab-result}, {@code withdrawal} or {@code
 * discontinuation}; {@code data} is the body the single-record endpoint takes. Records other than
 * enrolments name their participant by {@code participantId} or, as hospital systems know them, by
 * {@code nationalId}.
 */
public record BulkRecord(
    String type, String ref, UUID participantId, String nationalId, JsonNode data) {

  @Override
  public String toString() {
    return "BulkRecord[type=" + type + ", ref=" + ref + "]";
  }
}
