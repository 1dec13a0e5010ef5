package dev.kehu.retention.task;

import dev.kehu.eventstore.rest.Page;
import dev.kehu.eventstore.CommandHandler.CommandFor;
import dev.kehu.eventstore.rest.ETags;
import dev.kehu.eventstore.rest.PageRequest;
import dev.kehu.eventstore.security.Roles;
import dev.kehu.retention.task.domain.TaskCommand;
import dev.kehu.retention.task.domain.TaskState;
import jakarta.annotation.security.RolesAllowed;
import dev.kehu.retention.query.TaskQueries;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The CPR workflow over REST (SPEC §5): thin, it maps requests and delegates to {@link TaskService}. */
@Path("/api/v1/retention-tasks")
@Produces(MediaType.APPLICATION_JSON)
public class TaskResource {

    private final TaskService service;
    private final TaskQueries queries;

    public TaskResource(TaskService service, TaskQueries queries) {
        this.service = service;
        this.queries = queries;
    }

    @GET
    @RolesAllowed({Roles.ADVISOR, Roles.MANAGER, Roles.AUDITOR})
    public Page<TaskQueries.TaskRow> list(@QueryParam("status") String status, @QueryParam("priority") String priority,
                                          @QueryParam("assignee") String assignee,
                                          @QueryParam("clientId") String clientId, @QueryParam("page") String page,
                                          @QueryParam("size") String size) {
        return queries.list(TaskQueries.Filter.parse(status, priority, assignee, clientId),
                PageRequest.parse(page, size));
    }

    @GET
    @Path("/{taskId}")
    @RolesAllowed({Roles.ADVISOR, Roles.MANAGER, Roles.AUDITOR})
    public Response get(@PathParam("taskId") String taskId) {
        return ok(service.get(taskId));
    }

    @POST
    @Path("/{taskId}/comprehension")
    @RolesAllowed({Roles.ADVISOR, Roles.MANAGER})
    public Response comprehension(@PathParam("taskId") String taskId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                  TaskRequests.Comprehension body) {
        return step(taskId, ifMatch, body, (c, state) -> new TaskCommand.Comprehend(
                body.reasonCategory(), service.clientValue(c, state.opened().clientId()), body.trigger(),
                body.driver(), body.rootCause(), body.notes(), service.actor(), service.now()));
    }

    @POST
    @Path("/{taskId}/proposal")
    @RolesAllowed({Roles.ADVISOR, Roles.MANAGER})
    public Response proposal(@PathParam("taskId") String taskId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             TaskRequests.Proposal body) {
        return step(taskId, ifMatch, body,
                (c, state) -> new TaskCommand.Propose(body.validSteps(), service.actor(), service.now()));
    }

    @POST
    @Path("/{taskId}/response")
    @RolesAllowed({Roles.ADVISOR, Roles.MANAGER})
    public Response response(@PathParam("taskId") String taskId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             TaskRequests.Response body) {
        return step(taskId, ifMatch, body,
                (c, state) -> new TaskCommand.Respond(body.answer(), body.notes(), service.actor(), service.now()));
    }

    @POST
    @Path("/{taskId}/close")
    @RolesAllowed({Roles.ADVISOR, Roles.MANAGER})
    public Response close(@PathParam("taskId") String taskId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          TaskRequests.Close body) {
        return step(taskId, ifMatch, body,
                (c, state) -> new TaskCommand.Close(body.outcome(), body.notes(), service.actor(), service.now()));
    }

    @POST
    @Path("/{taskId}/lscpa")
    @RolesAllowed({Roles.ADVISOR, Roles.MANAGER})
    public Response lscpa(@PathParam("taskId") String taskId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          TaskRequests.Lscpa body) {
        return step(taskId, ifMatch, body,
                (c, state) -> new TaskCommand.TickLscpa(body.step(), body.notes(), service.actor(), service.now()));
    }

    @POST
    @Path("/{taskId}/assign")
    @RolesAllowed(Roles.MANAGER)
    public Response assign(@PathParam("taskId") String taskId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           TaskRequests.Assign body) {
        return step(taskId, ifMatch, body,
                (c, state) -> new TaskCommand.Assign(body.advisorId(), service.actor(), service.now()));
    }

    /** One CPR step: the body checked field by field (400), then the command on the task (If-Match → 409). */
    private Response step(String taskId, String ifMatch, TaskRequests.Body body,
                          CommandFor<TaskState, TaskCommand> command) {
        TaskRequests.requireBody(body);
        body.validate();
        return ok(service.change(taskId, ETags.expectedVersion(ifMatch), command));
    }

    private static Response ok(TaskView view) {
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }
}
