package dev.kehu.retention.task;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.kehu.eventstore.rest.ETags;
import dev.kehu.eventstore.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The steps of the CPR workflow over REST (docs/domain.md#cpr): each method maps its request to one call of
 * {@link TaskService} and answers the task with its version as ETag. Every step answers 404 for an unknown
 * task and 409 for a step out of order or a stale If-Match (the class's responses; claim says more of its 409).
 * Advisors and managers work the steps (the class's roles); assigning is a manager's. The reads, which
 * auditors may use too, are {@link TaskQueueResource}'s.
 */
@Path("/api/v1/retention-tasks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADVISOR, Roles.MANAGER})
@Tag(name = "tasks", description = "CPR retention tasks: the work queue and the Comprehend → Propose → Respond steps")
@APIResponse(responseCode = "404", description = "no such task")
@APIResponse(responseCode = "409", description = "a step out of order, or the task changed since If-Match")
public class TaskResource {

    @Inject
    TaskService service;

    @POST
    @Path("/{taskId}/comprehension")
    @Operation(operationId = "recordComprehension", summary = "C: record why the client is leaving and its value")
    @APIResponse(responseCode = "200", description = "the task at COMPREHEND",
            content = @Content(schema = @Schema(implementation = TaskView.class)))
    public Response comprehension(@PathParam("taskId") String taskId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                  @NotNull @Valid TaskRequests.Comprehension body) {
        return ok(service.comprehend(taskId, ifMatch, body));
    }

    @POST
    @Path("/{taskId}/proposal")
    @Operation(operationId = "recordProposal", summary = "P: record a tiered plan")
    @APIResponse(responseCode = "200", description = "the task at PROPOSE",
            content = @Content(schema = @Schema(implementation = TaskView.class)))
    public Response proposal(@PathParam("taskId") String taskId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             @NotNull @Valid TaskRequests.Proposal body) {
        return ok(service.propose(taskId, ifMatch, body));
    }

    @POST
    @Path("/{taskId}/response")
    @Operation(operationId = "recordResponse", summary = "R: record the client's answer")
    @APIResponse(responseCode = "200", description = "the task at RESPOND",
            content = @Content(schema = @Schema(implementation = TaskView.class)))
    public Response response(@PathParam("taskId") String taskId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             @NotNull @Valid TaskRequests.Response body) {
        return ok(service.respond(taskId, ifMatch, body));
    }

    @POST
    @Path("/{taskId}/close")
    @Operation(operationId = "closeRetentionTask", summary = "Close the task with its outcome")
    @APIResponse(responseCode = "200", description = "the closed task",
            content = @Content(schema = @Schema(implementation = TaskView.class)))
    public Response close(@PathParam("taskId") String taskId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          @NotNull @Valid TaskRequests.Close body) {
        return ok(service.close(taskId, ifMatch, body));
    }

    @POST
    @Path("/{taskId}/lscpa")
    @Operation(operationId = "tickLscpa", summary = "Tick an LSCPA conversation step")
    @APIResponse(responseCode = "200", description = "the task",
            content = @Content(schema = @Schema(implementation = TaskView.class)))
    public Response lscpa(@PathParam("taskId") String taskId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          @NotNull @Valid TaskRequests.Lscpa body) {
        return ok(service.tickLscpa(taskId, ifMatch, body));
    }

    @POST
    @Path("/{taskId}/claim")
    @Operation(operationId = "claimRetentionTask", summary = "Take the task for the calling advisor")
    @APIResponse(responseCode = "200", description = "the task, assigned to the caller",
            content = @Content(schema = @Schema(implementation = TaskView.class)))
    @APIResponse(responseCode = "409", description = "another advisor has the task, it is closed, or it changed "
            + "since If-Match")
    public Response claim(@PathParam("taskId") String taskId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(service.claim(taskId, ifMatch));
    }

    @POST
    @Path("/{taskId}/assign")
    @RolesAllowed(Roles.MANAGER)
    @Operation(operationId = "assignRetentionTask", summary = "Assign the task to an advisor")
    @APIResponse(responseCode = "200", description = "the task",
            content = @Content(schema = @Schema(implementation = TaskView.class)))
    public Response assign(@PathParam("taskId") String taskId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid TaskRequests.Assign body) {
        return ok(service.assign(taskId, ifMatch, body));
    }

    /** The task, its version as ETag. */
    static Response ok(TaskView view) {
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }
}
