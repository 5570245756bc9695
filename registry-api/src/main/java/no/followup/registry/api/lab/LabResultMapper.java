package no.followup.registry.api.lab;

import java.util.List;
import java.util.UUID;
import no.followup.registry.api.record.RecordMapping;
import no.followup.registry.api.record.WarningResponse;
import no.followup.registry.api.shared.RegistryMapperConfig;
import no.followup.registry.domain.lab.LabResult;
import no.followup.registry.domain.participant.EnrolmentId;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(config = RegistryMapperConfig.class)
public interface LabResultMapper
    extends RecordMapping<LabResultRequest, LabResult, LabResultResponse> {

  @Mapping(target = "id", source = "id")
  @Mapping(target = "enrolmentId", source = "enrolmentId")
  @Mapping(target = "value", source = "request.value")
  @Override
  LabResult toDomain(LabResultRequest request, UUID id, EnrolmentId enrolmentId);

  @Mapping(target = "id", source = "record.id")
  @Override
  LabResultResponse toResponse(
      LabResult record, UUID participantId, int version, List<WarningResponse> warnings);
}
