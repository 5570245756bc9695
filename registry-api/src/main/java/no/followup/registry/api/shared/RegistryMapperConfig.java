package no.followup.registry.api.shared;

import org.mapstruct.MapperConfig;
import org.mapstruct.ReportingPolicy;

/**
 * Every mapper is a Spring bean and must map every target field: a new field cannot be forgotten.
 */
@MapperConfig(componentModel = "spring", unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface RegistryMapperConfig {}
