package no.followup.registry.api.submission;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;

/**
 * One record of a bulk submission. {@code type} is {@code participant}, {@code infusion}, {@code
 * assessment}, {@code adverse-event}, {@code lab-result}, {@code withdrawal}, {@code
 * discontinuation}, {@code end-of-follow-up}, {@code treatment-episode} or {@code transfer}; {@code
 * data} is the body the single-record endpoint takes. Records other than enrolments name their
 * participant by {@code participantId} or, as hospital systems know them, by {@code nationalId}.
 *
 * <p>Read by {@link BulkRecordReader} into a {@link ReadRecord}: {@code data} holds the request of
 * the type.
 */
public record BulkRecord(
    @Schema(
            requiredMode = Schema.RequiredMode.REQUIRED,
            allowableValues = {
              "participant",
              "infusion",
              "assessment",
              "adverse-event",
              "lab-result",
              "withdrawal",
              "discontinuation",
              "end-of-follow-up",
              "treatment-episode",
              "transfer"
            })
        String type,
    @Schema(maxLength = 100, description = "Your reference, echoed in the receipt") String ref,
    UUID participantId,
    @Schema(pattern = "^[0-9]{11}$", description = "Names the participant as the site knows them")
        String nationalId,
    @Schema(
            requiredMode = Schema.RequiredMode.REQUIRED,
            type = "object",
            description = "The body the single-record endpoint of this type takes")
        Object data) {

  <Q> Q data(Class<Q> request) {
    return request.cast(data);
  }

  @Override
  public String toString() {
    return "BulkRecord[type=" + type + ", ref=" + ref + "]";
  }
}
