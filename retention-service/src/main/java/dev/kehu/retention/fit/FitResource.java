package dev.kehu.retention.fit;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.kehu.eventstore.jobs.Job;
import dev.kehu.eventstore.jobs.JobsResource;
import dev.kehu.eventstore.rest.Page;
import dev.kehu.eventstore.rest.PageRequest;
import dev.kehu.eventstore.security.Roles;
import dev.kehu.retention.weights.WeightsResource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The learned churn weights (docs/domain.md#learned-weights): a manager starts a fit (a job), staff read the
 * fits and their evidence, a manager adopts one.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADVISOR, Roles.MANAGER, Roles.AUDITOR})
@Tag(name = "churn")
public class FitResource {

    static final String FITS = "/api/v1/churn-model/fits";

    private final FitService service;
    private final FitQueries queries;

    public FitResource(FitService service, FitQueries queries) {
        this.service = service;
        this.queries = queries;
    }

    @POST
    @Path("/admin/churn-model/fits")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MANAGER)
    @Tag(name = "admin")
    @Operation(operationId = "startChurnModelFit", summary = "Start fitting the churn weights on a period's history; "
            + "the job's id is the fit's id")
    @APIResponse(responseCode = "202", description = "the fit job, QUEUED; GET its Location until it SUCCEEDED or "
            + "FAILED, then the fit at /api/v1/churn-model/fits/{jobId}",
            headers = @Header(name = "Location", description = "/api/v1/admin/jobs/{jobId}",
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Job.class)))
    @APIResponse(responseCode = "400", description = "from, to or horizonDays invalid (named in errors)")
    @APIResponse(responseCode = "409", description = "a fit is already queued or running")
    public Response start(@NotNull FitRequest body) {
        return JobsResource.accepted(service.start(body));
    }

    @GET
    @Path("/churn-model/fits")
    @Operation(operationId = "listChurnModelFits", summary = "The fits, newest first, with their hold-out AUCs")
    @APIResponse(responseCode = "200", description = "a page of fits",
            content = @Content(schema = @Schema(implementation = FitPage.class)))
    public Page<FitQueries.FitSummary> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return queries.list(PageRequest.parse(page, size));
    }

    @GET
    @Path("/churn-model/fits/{fitId}")
    @Operation(operationId = "getChurnModelFit", summary = "A fit with its evidence: coefficients and their "
            + "bootstrap intervals, the learned weights, the hold-out AUCs and the calibration")
    @APIResponse(responseCode = "200", description = "the fit (while its job runs, only its status)",
            content = @Content(schema = @Schema(implementation = FitView.class)))
    @APIResponse(responseCode = "404", description = "no such fit")
    public FitView get(@PathParam("fitId") String fitId) {
        return queries.get(fitId);
    }

    @POST
    @Path("/churn-model/fits/{fitId}/adoption")
    @RolesAllowed(Roles.MANAGER)
    @Operation(operationId = "adoptChurnModelFit", summary = "Put a fit's learned weights in force as the next "
            + "version, for every signal raised from now on")
    @APIResponse(responseCode = "201", description = "the weights now in force and their history",
            content = @Content(schema = @Schema(implementation = WeightsResource.WeightsView.class)))
    @APIResponse(responseCode = "404", description = "no such fit")
    @APIResponse(responseCode = "409", description = "the fit FAILED, has not finished, or is in force already")
    public Response adopt(@PathParam("fitId") String fitId) {
        return Response.created(URI.create("/api/v1/churn-weights"))
                .entity(WeightsResource.WeightsView.of(service.adopt(fitId))).build();
    }

    /** A page of fits (for the OpenAPI schema). */
    @Schema(name = "ChurnModelFitPage")
    public record FitPage(List<FitQueries.FitSummary> items, int page, int size, long total) {
    }
}
