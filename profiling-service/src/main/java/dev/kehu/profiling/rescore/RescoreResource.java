package dev.kehu.profiling.rescore;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.kehu.eventstore.jobs.Job;
import dev.kehu.eventstore.jobs.JobsResource;
import dev.kehu.eventstore.security.Roles;
import dev.kehu.profiling.config.IdParams;
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

/**
 * Re-scoring on a new questionnaire version (docs/domain.md; managers start it, managers and auditors read
 * it). It runs as a job: {@code GET /api/v1/admin/jobs/{id}} follows it, its result the outcome below.
 */
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
    @APIResponse(responseCode = "202", description = "the job, QUEUED: GET its Location (/api/v1/admin/jobs/{jobId}) "
            + "until it SUCCEEDED; its result is the RescoreJobView",
            headers = @Header(name = "Location", description = "/api/v1/admin/jobs/{jobId}",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Job.class)))
    @APIResponse(responseCode = "400", description = "toVersion missing or not published")
    @APIResponse(responseCode = "409", description = "a re-scoring is already queued or running")
    public Response start(RescoreRequest body) {
        return JobsResource.accepted(service.start(body));
    }

    @GET
    @Path("/rescore-jobs/{jobId}")
    @RolesAllowed({Roles.MANAGER, Roles.AUDITOR})
    @Operation(operationId = "getRescoreJob", summary = "A re-scoring's outcome as recorded (also the result of "
            + "GET /api/v1/admin/jobs/{jobId}); 404 until the job has started")
    public RescoreJobView job(@PathParam("jobId") String jobId) {
        return service.job(IdParams.uuid("jobId", jobId));
    }
}
