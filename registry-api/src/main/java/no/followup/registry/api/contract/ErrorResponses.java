package no.followup.registry.api.contract;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Gives every API operation the problem answers it can really return, from what is true of all of
 * them: each needs a token (401) of a role (403), each is rate-limited (429) and needs the database
 * (503); parameters can be malformed (400), a path names something that may not exist or not be
 * yours (404), a write has a body that can be too large (413), of another type (415) or break a
 * rule (422) and a key that can clash (409); a correction needs If-Match (428) of the current
 * version (412).
 */
@Component
class ErrorResponses implements OpenApiCustomizer {

  @Override
  public void customise(OpenAPI api) {
    ProblemResponses.addTo(api.getComponents());
    api.getPaths().entrySet().stream()
        .filter(path -> path.getKey().startsWith("/api/"))
        .forEach(
            path ->
                path.getValue()
                    .readOperationsMap()
                    .forEach((method, operation) -> addProblems(path.getKey(), method, operation)));
  }

  private static void addProblems(String path, PathItem.HttpMethod method, Operation operation) {
    for (int status : errorsOf(path, method, operation)) {
      operation
          .getResponses()
          .putIfAbsent(Integer.toString(status), ProblemResponses.reference(status));
    }
  }

  static Set<Integer> errorsOf(String path, PathItem.HttpMethod method, Operation operation) {
    Set<Integer> statuses = new TreeSet<>(List.of(401, 403, 429, 503));
    List<Parameter> parameters =
        operation.getParameters() == null ? List.of() : operation.getParameters();
    boolean hasBody = operation.getRequestBody() != null;
    if (!parameters.isEmpty() || hasBody) {
      statuses.add(400);
    }
    if (path.contains("{")) {
      statuses.add(404);
    }
    if (hasBody) {
      statuses.addAll(List.of(413, 415, 422));
    }
    if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT) {
      statuses.add(409);
    }
    if (parameters.stream().anyMatch(p -> HttpHeaders.IF_MATCH.equals(p.getName()))) {
      statuses.addAll(List.of(412, 428));
    }
    return statuses;
  }
}
