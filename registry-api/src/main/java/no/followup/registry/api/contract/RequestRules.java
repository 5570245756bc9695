package no.followup.registry.api.contract;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.math.BigDecimal;
import no.followup.registry.api.shared.IdempotentResponses;
import no.followup.registry.api.shared.Paging;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * The rules of the request headers and paging parameters, which the handlers check themselves (so
 * that a missing one is a problem naming it, not a bare 400) and springdoc cannot see.
 */
@Component
class RequestRules implements OperationCustomizer {

  @Override
  public Operation customize(Operation operation, HandlerMethod handler) {
    if (operation.getParameters() != null) {
      operation.getParameters().forEach(RequestRules::describe);
    }
    return operation;
  }

  private static void describe(Parameter parameter) {
    switch (parameter.getName()) {
      case IdempotentResponses.HEADER ->
          parameter
              .required(true)
              .description(
                  "Any 1 to 200 visible ASCII characters (a UUID, say), new for each write. A"
                      + " retry with the same key and body gets the first answer again"
                      + " (Idempotent-Replayed: true) and writes nothing; the same key with another"
                      + " body is 422 idempotency-key-reused.")
              .schema(new StringSchema().minLength(1).maxLength(200).pattern("^[\\x21-\\x7E]+$"));
      case HttpHeaders.IF_MATCH ->
          parameter
              .required(true)
              .description(
                  "The ETag of the version being corrected, as the API gave it (\"3\"). Missing:"
                      + " 428; another version: 412 with the current ETag, nothing stored.")
              .schema(new StringSchema());
      case "page" -> {
        parameter.description("The page, counting from 0.");
        parameter.getSchema().minimum(BigDecimal.ZERO);
      }
      case "size" -> {
        parameter.description("Items per page.");
        parameter.getSchema().minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(Paging.MAX_SIZE));
      }
      default -> {}
    }
  }
}
