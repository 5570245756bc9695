package no.followup.registry.api.treatment;

import java.util.List;
import java.util.UUID;
import no.followup.registry.api.record.RecordMapping;
import no.followup.registry.api.record.WarningResponse;
import no.followup.registry.api.shared.RegistryMapperConfig;
import no.followup.registry.domain.participant.EnrolmentId;
import no.followup.registry.domain.treatment.Infusion;
import no.followup.registry.domain.treatment.VitalSigns;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(config = RegistryMapperConfig.class)
public interface InfusionMapper extends RecordMapping<InfusionRequest, Infusion, InfusionResponse> {

  @Mapping(target = "id", source = "id")
  @Mapping(target = "enrolmentId", source = "enrolmentId")
  @Mapping(target = "route", expression = "java(request.routeOrUsual())")
  @Override
  Infusion toDomain(InfusionRequest request, UUID id, EnrolmentId enrolmentId);

  VitalSigns toDomain(InfusionRequest.Vitals vitals);

  @Mapping(target = "id", source = "record.id")
  @Override
  InfusionResponse toResponse(
      Infusion record, UUID participantId, int version, List<WarningResponse> warnings);

  InfusionRequest.Vitals toResponse(VitalSigns vitals);
}
