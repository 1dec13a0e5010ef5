package dev.kehu.retention.task;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.kehu.eventstore.rest.Page;
import dev.kehu.eventstore.rest.PageRequest;
import dev.kehu.eventstore.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The reads of the CPR workflow (docs/domain.md#cpr): the work queue and one task with its version as ETag.
 * Auditors read them too; the steps that change a task are {@link TaskResource}'s.
 */
@Path("/api/v1/retention-tasks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADVISOR, Roles.MANAGER, Roles.AUDITOR})
@Tag(ref = "tasks")
public class TaskQueueResource {

    @Inject
    TaskService service;

    @Inject
    TaskQueries queries;

    @GET
    @Operation(operationId = "listRetentionTasks", summary = "The work queue: P1 first, then by due time")
    @APIResponse(responseCode = "200", description = "a page of tasks",
            content = @Content(schema = @Schema(implementation = TaskPage.class)))
    public Page<TaskQueries.TaskRow> list(
            @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"OPEN", "CLOSED"}))
            @QueryParam("status") String status,
            @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"P1", "P2", "P3"}))
            @QueryParam("priority") String priority,
            @Parameter(description = "an advisor id, or none for the unassigned tasks")
            @QueryParam("assignee") String assignee,
            @QueryParam("clientId") String clientId, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return queries.list(TaskQueries.Filter.parse(status, priority, assignee, clientId),
                PageRequest.parse(page, size));
    }

    @GET
    @Path("/{taskId}")
    @Operation(operationId = "getRetentionTask", summary = "A task: where it stands, why it exists, what was done and by whom")
    @APIResponse(responseCode = "200", description = "the task; ETag is its version",
            content = @Content(schema = @Schema(implementation = TaskView.class)))
    @APIResponse(responseCode = "404", description = "no such task")
    public Response get(@PathParam("taskId") String taskId) {
        return TaskResource.ok(service.get(taskId));
    }

    /** A page of tasks (for the OpenAPI schema). */
    @Schema(name = "TaskPage")
    public record TaskPage(List<TaskQueries.TaskRow> items, int page, int size, long total) {
    }
}
