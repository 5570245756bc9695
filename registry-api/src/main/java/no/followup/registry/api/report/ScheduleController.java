package no.followup.registry.api.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import no.followup.registry.api.contract.Responds;
import no.followup.registry.api.contract.ResponseHeader;
import no.followup.registry.api.security.Roles;
import no.followup.registry.api.shared.IdempotentResponses;
import no.followup.registry.api.shared.WriteAnswer;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.schedule.ReportSchedule;
import no.followup.registry.application.schedule.ReportSchedules;
import no.followup.registry.domain.shared.RecordRejectedException;
import no.followup.registry.domain.shared.Violation;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Report schedules")
class ScheduleController {

  private static final String SCHEDULES = "/api/v1/report-schedules";

  private final ReportSchedules schedules;
  private final IdempotentResponses idempotent;

  ScheduleController(ReportSchedules schedules, IdempotentResponses idempotent) {
    this.schedules = schedules;
    this.idempotent = idempotent;
  }

  @GetMapping(SCHEDULES)
  @PreAuthorize(Roles.COORDINATOR)
  @Operation(operationId = "listSchedules", summary = "Every report schedule, oldest first")
  public List<ScheduleResponse> list(Actor actor) {
    return schedules.list(actor).stream().map(ScheduleController::toResponse).toList();
  }

  @GetMapping(SCHEDULES + "/{scheduleId}")
  @PreAuthorize(Roles.COORDINATOR)
  @Operation(operationId = "getSchedule", summary = "One schedule")
  public ScheduleResponse get(Actor actor, @PathVariable UUID scheduleId) {
    return toResponse(schedules.get(actor, scheduleId));
  }

  @Responds(
      value = 201,
      headers = {ResponseHeader.LOCATION, ResponseHeader.IDEMPOTENT_REPLAYED})
  @PostMapping(SCHEDULES)
  @PreAuthorize(Roles.COORDINATOR)
  @Operation(
      operationId = "createSchedule",
      summary =
          "Schedule a job by cron (six fields, seconds first, Norwegian time, at most once a"
              + " minute); fires once per due time even with several API instances")
  public ResponseEntity<ScheduleResponse> create(
      Actor actor,
      @RequestHeader(value = IdempotentResponses.HEADER, required = false) String key,
      @RequestBody ScheduleRequest request) {
    return idempotent.write(
        actor,
        key,
        "POST " + SCHEDULES,
        request,
        ScheduleResponse.class,
        () -> {
          ScheduleResponse body =
              toResponse(
                  schedules.create(actor, request.jobName(), request.cron(), request.asOf()));
          return WriteAnswer.created(URI.create(SCHEDULES + "/" + body.id()), null, body);
        });
  }

  @PutMapping(SCHEDULES + "/{scheduleId}/paused")
  @PreAuthorize(Roles.COORDINATOR)
  @Operation(
      operationId = "pauseSchedule",
      summary =
          "Pause a schedule (it does not fire) or resume it from its next time; the times missed"
              + " while paused are not made up for. Setting the same state again changes nothing")
  public ScheduleResponse pause(
      Actor actor, @PathVariable UUID scheduleId, @RequestBody PauseRequest request) {
    if (request.paused() == null) {
      throw new RecordRejectedException(
          List.of(Violation.rejection("paused", "required", "paused is required (true or false)")));
    }
    return toResponse(schedules.pause(actor, scheduleId, request.paused()));
  }

  @Responds(204)
  @DeleteMapping(SCHEDULES + "/{scheduleId}")
  @PreAuthorize(Roles.COORDINATOR)
  @Operation(
      operationId = "deleteSchedule",
      summary = "Delete a schedule; runs it already started go on")
  public ResponseEntity<Void> delete(Actor actor, @PathVariable UUID scheduleId) {
    schedules.delete(actor, scheduleId);
    return ResponseEntity.noContent().build();
  }

  private static ScheduleResponse toResponse(ReportSchedule s) {
    return new ScheduleResponse(
        s.id(),
        s.jobName(),
        s.cron(),
        new ScheduleRequest.Parameters(s.asOf()),
        s.createdBy(),
        s.createdAt(),
        s.nextFireAt(),
        s.lastFiredAt(),
        s.lastExecutionId(),
        s.paused());
  }
}
