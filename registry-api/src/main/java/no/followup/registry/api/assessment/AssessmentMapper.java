package no.followup.registry.api.assessment;

import java.util.List;
import java.util.UUID;
import no.followup.registry.api.record.RecordMapping;
import no.followup.registry.api.record.WarningResponse;
import no.followup.registry.api.shared.RegistryMapperConfig;
import no.followup.registry.domain.assessment.Assessment;
import no.followup.registry.domain.participant.EnrolmentId;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(config = RegistryMapperConfig.class)
public interface AssessmentMapper
    extends RecordMapping<AssessmentRequest, Assessment, AssessmentResponse> {

  @Mapping(target = "id", source = "id")
  @Mapping(target = "enrolmentId", source = "enrolmentId")
  @Mapping(target = "visitCode", source = "request.visit")
  @Mapping(target = "instrumentCode", source = "request.instrument")
  @Override
  Assessment toDomain(AssessmentRequest request, UUID id, EnrolmentId enrolmentId);

  @Mapping(target = "id", source = "record.id")
  @Mapping(target = "visit", source = "record.visitCode")
  @Mapping(target = "instrument", source = "record.instrumentCode")
  @Override
  AssessmentResponse toResponse(
      Assessment record, UUID participantId, int version, List<WarningResponse> warnings);
}
