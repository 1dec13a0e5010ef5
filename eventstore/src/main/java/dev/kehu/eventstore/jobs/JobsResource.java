package dev.kehu.eventstore.jobs;

import java.net.URI;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.kehu.eventstore.problem.ProblemException;
import dev.kehu.eventstore.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The jobs of long admin work (rebuilds, re-scoring), as any instance of the service recorded them. */
@Path(JobsResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
public class JobsResource {

    public static final String PATH = "/api/v1/admin/jobs";

    private final Jobs jobs;

    public JobsResource(Jobs jobs) {
        this.jobs = jobs;
    }

    @GET
    @Path("/{jobId}")
    @RolesAllowed({Roles.MANAGER, Roles.AUDITOR})
    @Operation(operationId = "getJob", summary = "A job's status, progress and, once it SUCCEEDED, its result")
    @APIResponse(responseCode = "200", description = "the job; poll until its status is SUCCEEDED or FAILED",
            content = @Content(schema = @Schema(implementation = Job.class)))
    @APIResponse(responseCode = "404", description = "no job with this id")
    public Job get(@PathParam("jobId") String jobId) {
        return jobs.get(uuid(jobId)).orElseThrow(() -> ProblemException.notFound("no job " + jobId));
    }

    /** 202 Accepted with the job (QUEUED) and its {@code Location}, where its result will be. */
    public static Response accepted(Job job) {
        return Response.accepted(job).location(URI.create(job.location())).build();
    }

    static UUID uuid(String jobId) {
        try {
            return UUID.fromString(jobId);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("jobId", "must be a job id (a UUID)");
        }
    }
}
