package dev.kehu.profiling.assessment;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;

import dev.kehu.eventstore.rest.Page;
import dev.kehu.eventstore.rest.PageRequest;
import dev.kehu.eventstore.security.Roles;
import dev.kehu.profiling.config.IdParams;
import dev.kehu.profiling.config.ProfilingConfig;
import dev.kehu.profiling.config.TimeParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** docs/contract.md#rest-conventions risk-assessment endpoints, plus one assessment by id and the reassessments due. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "risk-assessments", description = "Risk questionnaire submissions and their history (docs/domain.md#risk-profile, docs/contract.md#rest-conventions)")
public class AssessmentResource {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    @Inject
    AssessmentService service;

    @Inject
    ProfilingConfig config;

    /** A client submits only its own (the library's OwnClientOnly checks the token's clientId). */
    @POST
    @Path("/clients/{clientId}/risk-assessments")
    @RolesAllowed({Roles.ADVISOR, Roles.MANAGER, Roles.CLIENT})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "submitRiskAssessment", summary = "Submit a client's risk questionnaire; scored, categorised and published")
    @APIResponse(responseCode = "201", description = "Submit a client's risk questionnaire; scored, categorised and published",
            content = @Content(schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "200", description = "an Idempotency-Key replay: the first result",
            content = @Content(schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "400", description = "invalid input, the fields named")
    public Response submit(@PathParam("clientId") String clientId, @Context HttpHeaders headers,
                           RiskAssessmentRequest body) {
        // an empty Idempotency-Key is a mistake to report, not the absence of a key
        List<String> keys = headers.getRequestHeader(IDEMPOTENCY_KEY);
        String key = keys == null || keys.isEmpty() ? null : keys.size() > 1 ? "\n" : keys.get(0);
        AssessmentService.Submitted s = service.submit(clientId, body == null ? null : body.answers(), key);
        URI location = URI.create("/api/v1/clients/" + clientId + "/risk-assessments/" + s.assessment().assessmentId());
        Response.ResponseBuilder r = s.created() ? Response.created(location)
                : Response.ok().location(location).header("Idempotent-Replayed", "true");
        return r.entity(s.assessment()).build();
    }

    @GET
    @Path("/clients/{clientId}/risk-assessments")
    @RolesAllowed({Roles.ADVISOR, Roles.MANAGER, Roles.AUDITOR, Roles.CLIENT})
    @Operation(operationId = "listRiskAssessments", summary = "A client's assessments, newest first")
    public Page<AssessmentView> history(@PathParam("clientId") String clientId, @QueryParam("page") String page,
                                        @QueryParam("size") String size) {
        return service.history(clientId, PageRequest.parse(page, size));
    }

    @GET
    @Path("/clients/{clientId}/risk-assessments/{assessmentId}")
    @RolesAllowed({Roles.ADVISOR, Roles.MANAGER, Roles.AUDITOR, Roles.CLIENT})
    @Operation(operationId = "getRiskAssessment", summary = "One assessment of a client")
    public AssessmentView one(@PathParam("clientId") String clientId, @PathParam("assessmentId") String assessmentId) {
        return service.one(clientId, IdParams.uuid("assessmentId", assessmentId));
    }

    @GET
    @Path("/risk-assessments/due")
    @RolesAllowed({Roles.ADVISOR, Roles.MANAGER, Roles.AUDITOR})
    @Operation(operationId = "listReassessmentsDue", summary = "Clients whose latest assessment expires before a moment")
    public Page<DueView> due(@QueryParam("before") String before, @QueryParam("page") String page,
                             @QueryParam("size") String size) {
        PageRequest paging = PageRequest.parse(page, size);
        return service.due(TimeParams.instantOrDate("before", before, config.zone()), paging);
    }
}
