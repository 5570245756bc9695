package no.followup.registry.api.safety;

import java.util.List;
import java.util.UUID;
import no.followup.registry.api.record.RecordMapping;
import no.followup.registry.api.record.WarningResponse;
import no.followup.registry.api.shared.RegistryMapperConfig;
import no.followup.registry.domain.participant.EnrolmentId;
import no.followup.registry.domain.safety.AdverseEvent;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(config = RegistryMapperConfig.class)
public interface AdverseEventMapper
    extends RecordMapping<AdverseEventRequest, AdverseEvent, AdverseEventResponse> {

  @Mapping(target = "id", source = "id")
  @Mapping(target = "enrolmentId", source = "enrolmentId")
  @Override
  AdverseEvent toDomain(AdverseEventRequest request, UUID id, EnrolmentId enrolmentId);

  @Mapping(target = "id", source = "record.id")
  @Override
  AdverseEventResponse toResponse(
      AdverseEvent record, UUID participantId, int version, List<WarningResponse> warnings);
}
