package no.followup.registry.api.contract;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * The API writes absent values as {@code null}; in OpenAPI 3.0 a value may be null only when its
 * schema says so. Every property a schema does not require is marked nullable. A reference takes no
 * siblings, so a schema referenced by an optional property is itself marked nullable.
 */
@Component
class OptionalFieldsNullable implements OpenApiCustomizer {

  private static final String PREFIX = "#/components/schemas/";

  @Override
  public void customise(OpenAPI api) {
    Map<String, Schema> schemas = api.getComponents().getSchemas();
    Set<String> referencedOptionally = new HashSet<>();
    schemas.values().forEach(schema -> markOptional(schema, referencedOptionally));
    referencedOptionally.forEach(name -> schemas.get(name).nullable(true));
  }

  @SuppressWarnings("rawtypes")
  private static void markOptional(Schema<?> schema, Set<String> referencedOptionally) {
    Map<String, Schema> properties = schema.getProperties();
    if (properties == null) {
      return;
    }
    List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
    properties.forEach(
        (name, property) -> {
          if (required.contains(name)) {
            return;
          }
          if (property.get$ref() != null && property.get$ref().startsWith(PREFIX)) {
            referencedOptionally.add(property.get$ref().substring(PREFIX.length()));
          } else {
            property.nullable(true);
          }
        });
  }
}
