package no.followup.registry.api.contract;

import io.swagger.v3.oas.models.Operation;
import no.followup.registry.api.record.RecordController;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * Names the operations every record kind inherits from {@link RecordController} after the kind
 * ({@code addInfusion}, {@code listInfusions}, {@code getInfusion}, {@code correctInfusion}), so a
 * generated client reads as the API does instead of {@code add1}, {@code add2}.
 */
@Component
class RecordOperationIds implements OperationCustomizer {

  @Override
  public Operation customize(Operation operation, HandlerMethod handler) {
    if (!RecordController.class.isAssignableFrom(handler.getBeanType())) {
      return operation;
    }
    String kind = handler.getBeanType().getSimpleName().replace("Controller", "");
    String action = handler.getMethod().getName();
    return operation.operationId(action + kind + (action.equals("list") ? "s" : ""));
  }
}
