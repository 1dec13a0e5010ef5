package dev.kehu.retention.task;

import dev.kehu.eventstore.problem.ProblemException;
import dev.kehu.eventstore.rest.Page;
import dev.kehu.eventstore.rest.PageRequest;
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
    public Page<TaskQueries.TaskRow> list(@QueryParam("status") String status, @QueryParam("priority") String priority,
                                          @QueryParam("assignee") String assignee,
                                          @QueryParam("clientId") String clientId, @QueryParam("page") String page,
                                          @QueryParam("size") String size) {
        return queries.list(TaskQueries.Filter.parse(status, priority, assignee, clientId),
                PageRequest.parse(page, size));
    }

    @GET
    @Path("/{taskId}")
    public Response get(@PathParam("taskId") String taskId) {
        return ok(service.get(taskId));
    }

    @POST
    @Path("/{taskId}/comprehension")
    public Response comprehension(@PathParam("taskId") String taskId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                  TaskRequests.Comprehension body) {
        TaskRequests.requireBody(body);
        body.validate();
        return ok(service.change(taskId, version(ifMatch), (c, state) -> new TaskCommand.Comprehend(
                body.reasonCategory(), service.clientValue(c, state.opened().clientId()), body.trigger(),
                body.driver(), body.rootCause(), body.notes(), service.actor(), service.now())));
    }

    @POST
    @Path("/{taskId}/proposal")
    public Response proposal(@PathParam("taskId") String taskId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             TaskRequests.Proposal body) {
        TaskRequests.requireBody(body);
        var steps = body.validSteps();
        return ok(service.change(taskId, version(ifMatch),
                (c, state) -> new TaskCommand.Propose(steps, service.actor(), service.now())));
    }

    @POST
    @Path("/{taskId}/response")
    public Response response(@PathParam("taskId") String taskId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             TaskRequests.Response body) {
        TaskRequests.requireBody(body);
        body.validate();
        return ok(service.change(taskId, version(ifMatch),
                (c, state) -> new TaskCommand.Respond(body.answer(), body.notes(), service.actor(), service.now())));
    }

    @POST
    @Path("/{taskId}/close")
    public Response close(@PathParam("taskId") String taskId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          TaskRequests.Close body) {
        TaskRequests.requireBody(body);
        body.validate();
        return ok(service.change(taskId, version(ifMatch),
                (c, state) -> new TaskCommand.Close(body.outcome(), body.notes(), service.actor(), service.now())));
    }

    @POST
    @Path("/{taskId}/lscpa")
    public Response lscpa(@PathParam("taskId") String taskId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          TaskRequests.Lscpa body) {
        TaskRequests.requireBody(body);
        body.validate();
        return ok(service.change(taskId, version(ifMatch),
                (c, state) -> new TaskCommand.TickLscpa(body.step(), body.notes(), service.actor(), service.now())));
    }

    @POST
    @Path("/{taskId}/assign")
    public Response assign(@PathParam("taskId") String taskId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           TaskRequests.Assign body) {
        TaskRequests.requireBody(body);
        body.validate();
        return ok(service.change(taskId, version(ifMatch),
                (c, state) -> new TaskCommand.Assign(body.advisorId(), service.actor(), service.now())));
    }

    private static Response ok(TaskView view) {
        return Response.ok(view).tag(String.valueOf(view.version())).build();
    }

    /** {@code If-Match: "3"} (or W/"3", or 3) is the version the caller read; absent or * means any. */
    static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return null;
        }
        String v = ifMatch.trim().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("If-Match", "must be the task's ETag, e.g. \"3\"");
        }
    }
}
