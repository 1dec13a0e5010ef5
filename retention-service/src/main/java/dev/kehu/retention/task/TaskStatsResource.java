package dev.kehu.retention.task;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.kehu.eventstore.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** What the branch learns from its tasks: their outcomes, for managers and auditors. */
@Path("/api/v1/retention/stats")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MANAGER, Roles.AUDITOR})
@Tag(ref = "churn")
public class TaskStatsResource {

    @Inject
    TaskQueries queries;

    @GET
    @Operation(operationId = "getRetentionStats",
            summary = "Outcomes of the tasks opened in a period: overall, by reason, by segment, by advisor")
    @APIResponse(responseCode = "200", description = "the outcomes",
            content = @Content(schema = @Schema(implementation = TaskQueries.Stats.class)))
    public TaskQueries.Stats stats(
            @Parameter(description = "first day (inclusive, trading zone), e.g. 2026-03-01")
            @QueryParam("from") String from,
            @Parameter(description = "last day (inclusive, trading zone), e.g. 2026-03-31")
            @QueryParam("to") String to) {
        return queries.stats(from, to);
    }
}
