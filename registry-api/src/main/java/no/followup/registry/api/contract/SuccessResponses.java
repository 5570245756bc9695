package no.followup.registry.api.contract;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * Replaces springdoc's guessed {@code 200} with what a {@link Responds} handler really answers: its
 * status (201 with {@code Location}, 202, 204), its headers and its media type.
 */
@Component
class SuccessResponses implements OperationCustomizer {

  @Override
  public Operation customize(Operation operation, HandlerMethod handler) {
    Responds responds = handler.getMethodAnnotation(Responds.class);
    if (responds == null) {
      return operation;
    }
    ApiResponse guessed = operation.getResponses().remove("200");
    Content content = guessed == null ? null : guessed.getContent();
    if (!responds.mediaType().isEmpty()) {
      content =
          new Content()
              .addMediaType(
                  responds.mediaType(),
                  new MediaType().schema(new StringSchema().format("binary")));
    }
    operation
        .getResponses()
        .addApiResponse(
            Integer.toString(responds.value()),
            success(responds.value(), content, responds.headers()));
    for (int also : responds.also()) {
      operation
          .getResponses()
          .addApiResponse(Integer.toString(also), success(also, content, new ResponseHeader[0]));
    }
    for (int error : responds.errors()) {
      operation
          .getResponses()
          .addApiResponse(Integer.toString(error), ProblemResponses.reference(error));
    }
    return operation;
  }

  private static ApiResponse success(int status, Content content, ResponseHeader[] headers) {
    ApiResponse response = new ApiResponse().description(description(status));
    if (status != HttpStatus.NO_CONTENT.value()) {
      response.content(content);
    }
    for (ResponseHeader header : headers) {
      StringSchema schema = new StringSchema();
      if (header.format() != null) {
        schema.format(header.format());
      }
      response.addHeaderObject(
          header.header(), new Header().description(header.description()).schema(schema));
    }
    return response;
  }

  private static String description(int status) {
    return switch (status) {
      case 201 -> "Created: Location names the new resource.";
      case 202 -> "Accepted: the work runs in the background; follow Location for its state.";
      case 204 -> "Done; nothing to return.";
      default -> "OK";
    };
  }
}
