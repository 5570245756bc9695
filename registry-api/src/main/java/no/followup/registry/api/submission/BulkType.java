package no.followup.registry.api.submission;

import java.util.Arrays;
import java.util.Optional;
import no.followup.registry.api.assessment.AssessmentRequest;
import no.followup.registry.api.lab.LabResultRequest;
import no.followup.registry.api.participant.DiscontinuationRequest;
import no.followup.registry.api.participant.EndOfFollowUpRequest;
import no.followup.registry.api.participant.EnrolmentRequest;
import no.followup.registry.api.participant.TransferRequest;
import no.followup.registry.api.participant.WithdrawalRequest;
import no.followup.registry.api.safety.AdverseEventRequest;
import no.followup.registry.api.treatment.InfusionRequest;
import no.followup.registry.api.treatment.TreatmentEpisodeRequest;

/** The types a bulk record may have, each with the body its single-record endpoint takes. */
enum BulkType {
  PARTICIPANT("participant", EnrolmentRequest.class),
  INFUSION("infusion", InfusionRequest.class),
  ASSESSMENT("assessment", AssessmentRequest.class),
  ADVERSE_EVENT("adverse-event", AdverseEventRequest.class),
  LAB_RESULT("lab-result", LabResultRequest.class),
  WITHDRAWAL("withdrawal", WithdrawalRequest.class),
  DISCONTINUATION("discontinuation", DiscontinuationRequest.class),
  END_OF_FOLLOW_UP("end-of-follow-up", EndOfFollowUpRequest.class),
  TREATMENT_EPISODE("treatment-episode", TreatmentEpisodeRequest.class),
  TRANSFER("transfer", TransferRequest.class);

  private final String typeName;
  private final Class<?> request;

  BulkType(String typeName, Class<?> request) {
    this.typeName = typeName;
    this.request = request;
  }

  /** As records name it in {@code type}. */
  String typeName() {
    return typeName;
  }

  Class<?> request() {
    return request;
  }

  static Optional<BulkType> named(String typeName) {
    return Arrays.stream(values()).filter(t -> t.typeName.equals(typeName)).findFirst();
  }

  static String names() {
    return Arrays.stream(values()).map(BulkType::typeName).sorted().toList().toString();
  }
}
