package dev.kehu.profiling.rescore;

import java.net.URI;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.kehu.eventstore.security.Roles;
import dev.kehu.profiling.common.IdParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** SPEC §7 re-scoring on a new questionnaire version (managers start it; managers and auditors read it). */
@Path("/api/v1/admin")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "rescoring", description = "Re-scoring every client's latest answers under a new questionnaire version")
public class RescoreResource {

    @Inject
    RescoreService service;

    @POST
    @Path("/risk-assessments/rescore")
    @RolesAllowed(Roles.MANAGER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "startRescore", summary = "Re-score every client's latest answers under a version")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = RescoreRequest.class),
            examples = @ExampleObject(name = "v2", value = "{\"toVersion\": \"v2\"}")))
    @APIResponse(responseCode = "202", description = "the job (run within the request; its record stays readable)",
            content = @Content(schema = @Schema(implementation = RescoreJobView.class)))
    @APIResponse(responseCode = "400", description = "toVersion missing or not published")
    public Response start(RescoreRequest body) {
        RescoreJobView job = service.run(body);
        return Response.accepted(job).location(URI.create("/api/v1/admin/rescore-jobs/" + job.jobId())).build();
    }

    @GET
    @Path("/rescore-jobs/{jobId}")
    @RolesAllowed({Roles.MANAGER, Roles.AUDITOR})
    @Operation(operationId = "getRescoreJob", summary = "A re-scoring job's status and outcome")
    public RescoreJobView job(@PathParam("jobId") String jobId) {
        return service.job(IdParams.uuid("jobId", jobId));
    }
}
